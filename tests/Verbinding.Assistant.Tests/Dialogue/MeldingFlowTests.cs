using Verbinding.Assistant.Dialogue;
using Verbinding.Assistant.Dialogue.Melding;
using Verbinding.Assistant.Entities;
using Verbinding.Assistant.Topics;
using static Verbinding.Assistant.Tests.Dialogue.ScriptedUnderstanding;

namespace Verbinding.Assistant.Tests.Dialogue;

public sealed class MeldingFlowTests
{
    private const string Noise = "de buren hebben elke nacht keiharde muziek";

    private static Conversation Reporting(string text, string topic = TopicIds.MeldingOverlast, string language = "nl", params Entity[] entities) =>
        new(new ScriptedUnderstanding().Says(text, topic, language, entities: entities), language);

    private static List<string?> Pending(Conversation wout) => [.. wout.Turns.Select(t => t.State.PendingQuestion)];

    [Fact]
    public void Noise_from_the_neighbours_ends_in_a_confirmed_melding_without_asking_what_was_said()
    {
        var wout = Reporting(Noise);

        wout.Send(Noise);
        wout.Send("Utrecht");
        wout.Send("Oudegracht 12");
        wout.Send("wout:choice/anoniem");
        var confirmed = wout.Send("ja");

        // Category, source (a home), how often and the description came from the first message.
        Assert.Equal([MeldingQuestions.Municipality, MeldingQuestions.Address, MeldingQuestions.Contact, MeldingQuestions.Confirm, null], Pending(wout));
        var draft = Assert.IsType<MeldingDraft>(confirmed.Melding);
        Assert.Equal("geluidsoverlast", draft.Category);
        Assert.Equal(("Utrecht", "Oudegracht", "12"), (draft.Municipality, draft.Street, draft.HouseNumber));
        Assert.Equal(new Dictionary<string, string> { ["bron"] = "woning", ["hoeVaak"] = "dagelijks" }, draft.Answers);
        Assert.StartsWith(Noise, draft.Description);
        Assert.False(draft.HappeningNow);
        Assert.Equal("nl", draft.Language);
        Assert.Empty(confirmed.Replies); // the host says what happened to it
    }

    [Fact]
    public void Summary_shows_everything_before_the_citizen_confirms()
    {
        var wout = Reporting(Noise);
        foreach (var message in new[] { Noise, "Utrecht", "Oudegracht 12", "wout:choice/anoniem" })
            wout.Send(message);

        Assert.Contains("Geluidsoverlast", wout.LastText);
        Assert.Contains("Oudegracht 12, Utrecht", wout.LastText);
        Assert.Contains("elke nacht", wout.LastText);
        Assert.Contains("anoniem", wout.LastText);
        Assert.Contains(wout.LastActions, a => a.Href == "wout:answer/ja");
        Assert.Null(wout.Last.Melding);
    }

    [Fact]
    public void English_report_with_the_place_named_asks_for_the_address_and_contact_in_english()
    {
        const string text = "Loud music from the neighbours every night in Utrecht";
        var wout = Reporting(text, language: "en", entities: Place("Utrecht"));
        wout.WithScript(s => s.Says("jan@example.nl", TopicIds.Onbekend, "en", entities: [Email("jan@example.nl")]));

        wout.Send(text);
        Assert.StartsWith("I will help you make a report.", wout.LastText);
        Assert.Contains("Where exactly", wout.LastText);
        wout.Send("Kerkstraat 5");
        Assert.Contains("May we contact you", wout.LastText);
        wout.Send("yes");
        Assert.Contains("e-mail address or phone number", wout.LastText);
        wout.Send("jan@example.nl");
        Assert.Contains("This is what I will pass on", wout.LastText);
        var draft = wout.Send("yes").Melding;

        Assert.NotNull(draft);
        Assert.Equal(("Utrecht", "Kerkstraat", "5", "jan@example.nl"), (draft.Municipality, draft.Street, draft.HouseNumber, draft.Email));
        Assert.Equal("en", draft.Language);
    }

    [Fact]
    public void Dangerous_nuisance_happening_now_sends_to_112_and_files_nothing()
    {
        var wout = Reporting("Er wordt zwaar vuurwerk afgestoken in de straat");

        wout.Send("Er wordt zwaar vuurwerk afgestoken in de straat");
        Assert.Equal(MeldingQuestions.HappeningNow, wout.State.PendingQuestion); // asked before anything else
        var turn = wout.Send("ja");

        Assert.Contains(wout.LastActions, a => a.Href == "tel:112");
        Assert.Null(turn.Melding);
        Assert.Null(turn.State.PendingQuestion);
    }

    [Fact]
    public void Nuisance_that_is_not_dangerous_never_asks_whether_it_happens_now()
    {
        var wout = Reporting(Noise);
        foreach (var message in new[] { Noise, "Utrecht", "Oudegracht 12", "nee" })
            wout.Send(message);

        Assert.DoesNotContain(MeldingQuestions.HappeningNow, Pending(wout));
        Assert.Equal(MeldingQuestions.Confirm, wout.State.PendingQuestion); // "nee" to contact: anonymous
        Assert.Contains("anoniem", wout.LastText);
    }

    [Fact]
    public void Unclear_category_is_asked_with_buttons_and_its_required_questions_follow()
    {
        var wout = Reporting("Overlast melden");

        wout.Send("Overlast melden");
        Assert.Equal(MeldingQuestions.Category, wout.State.PendingQuestion);
        Assert.Contains(wout.LastActions, a => a.Href == "wout:choice/drugsoverlast");
        Assert.Contains(wout.LastActions, a => a.Href == "/melding/nieuw"); // or the form, all at once
        wout.Send("wout:choice/drugsoverlast");
        wout.Send("Rotterdam");
        wout.Send("3011 AB 4");

        Assert.Equal(MeldingQuestions.When, wout.State.PendingQuestion);
        wout.Send("elke avond");
        Assert.Equal(MeldingQuestions.ForCategoryQuestion("soort"), wout.State.PendingQuestion);
        Assert.Contains(wout.LastActions, a => a is { Label: "Dealen op straat", Href: "wout:choice/dealen" });
        wout.Send("Dealen op straat");
        Assert.Equal(MeldingQuestions.Description, wout.State.PendingQuestion); // "Overlast melden" says too little
    }

    [Fact]
    public void Answer_that_fits_no_option_is_asked_again_then_a_colleague_takes_over()
    {
        var wout = Reporting("Overlast melden");
        wout.Send("Overlast melden");

        wout.Send("blauw");
        Assert.Equal(MeldingQuestions.Category, wout.State.PendingQuestion);
        Assert.StartsWith("Ik begreep uw antwoord niet goed.", wout.LastText);
        var second = wout.Send("groen");

        Assert.NotNull(second.Handoff);
    }

    [Fact]
    public void Refused_municipality_is_asked_again_with_the_reason_and_nothing_else_is_lost()
    {
        var wout = Reporting(Noise);
        foreach (var message in new[] { Noise, "Utrect", "Oudegracht 12", "wout:choice/anoniem", "ja" })
            wout.Send(message);
        Assert.Equal("Utrect", wout.Last.Melding!.Municipality);

        var engine = new DialogueEngine(new ScriptedUnderstanding());
        var refused = engine.MeldingRefused(wout.State, "location.municipality", "Bedoelt u Utrecht?");

        Assert.StartsWith("Bedoelt u Utrecht? In welke gemeente", refused.Replies[0].Text);
        Assert.Equal(MeldingQuestions.Municipality, refused.State.PendingQuestion);
        var again = engine.Reply(refused.State, "Utrecht", Conversation.Now);
        Assert.Equal(MeldingQuestions.Confirm, again.State.PendingQuestion); // the address and contact were kept
        Assert.Equal("Utrecht", engine.Reply(again.State, "ja", Conversation.Now).Melding!.Municipality);
    }

    [Fact]
    public void Registered_melding_gives_the_reference_the_basisteam_and_a_tracking_link()
    {
        var wout = Reporting(Noise);
        foreach (var message in new[] { Noise, "Utrecht", "Oudegracht 12", "wout:choice/anoniem", "ja" })
            wout.Send(message);

        var turn = new DialogueEngine(new ScriptedUnderstanding())
            .MeldingRegistered(wout.State, "M-2026-000001", "Utrecht-Binnenstad", "/melding/volgen?ref=M-2026-000001&code=ABC");

        var reply = Assert.Single(turn.Replies);
        Assert.Contains("M-2026-000001", reply.Text);
        Assert.Contains("Utrecht-Binnenstad", reply.Text);
        Assert.Contains(reply.Actions, a => a is { Href: "/melding/volgen?ref=M-2026-000001&code=ABC", Kind: ActionKinds.Route });
        Assert.DoesNotContain(turn.State.Answers.Keys, MeldingQuestions.IsMelding); // a second melding starts afresh
    }

    [Fact]
    public void Neighbour_trouble_offers_a_melding_after_mediation_and_keeps_the_story()
    {
        const string text = "my neighbours play loud music every night";
        var wout = Reporting(text, TopicIds.Buurtbemiddeling, "en");

        wout.Send(text);
        var offer = Assert.Single(wout.LastActions, a => a.Href == QuickReplies.TopicHref(TopicIds.MeldingOverlast));
        wout.Send(offer.Href);

        Assert.Equal(MeldingQuestions.Municipality, wout.State.PendingQuestion);
        Assert.Equal("geluidsoverlast", wout.State.Answers[MeldingQuestions.Category]);
        Assert.Equal(text, wout.State.Answers[MeldingQuestions.Description]);
    }

    [Fact]
    public void Declined_summary_files_nothing_and_offers_the_form()
    {
        var wout = Reporting(Noise);
        foreach (var message in new[] { Noise, "Utrecht", "Oudegracht 12", "wout:choice/anoniem" })
            wout.Send(message);

        var turn = wout.Send("nee");

        Assert.Null(turn.Melding);
        Assert.Contains(wout.LastActions, a => a.Href == "/melding/nieuw?category=geluidsoverlast");
    }
}
