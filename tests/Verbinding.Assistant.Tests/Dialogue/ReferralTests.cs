using Verbinding.Assistant.Dialogue;
using Verbinding.Assistant.Topics;

namespace Verbinding.Assistant.Tests.Dialogue;

public sealed class ReferralTests
{
    private static Conversation Asking(string topic, string language = "nl") =>
        new(new ScriptedUnderstanding().Says("vraag", topic, language), language);

    [Fact]
    public void Veilig_thuis_gives_the_free_number_and_a_warm_handover()
    {
        var wout = Asking(TopicIds.VeiligThuis);

        var reply = Assert.Single(wout.Send("vraag").Replies);

        Assert.Contains("Veilig Thuis", reply.Text);
        Assert.Contains(reply.Actions, a => a is { Href: "tel:08002000", Kind: ActionKinds.Phone });
        Assert.Contains(reply.Actions, a => a is { Href: "/hulp/overdracht?partner=veilig-thuis", Kind: ActionKinds.Handover });
        Assert.Contains(reply.Actions, a => a.Href == "https://www.veiligthuis.nl");
    }

    [Fact]
    public void A_warm_handover_partner_is_offered_with_the_question_whether_they_may_contact_you()
    {
        var wout = Asking(TopicIds.Buurtbemiddeling);

        var reply = wout.Send("vraag").Replies[0];

        Assert.Contains("Wilt u dat Buurtbemiddeling contact met u opneemt?", reply.Text);
        Assert.Contains(reply.Actions, a => a is { Href: "/hulp/overdracht?partner=buurtbemiddeling", Kind: ActionKinds.Handover });
    }

    [Fact]
    public void Fraudehelpdesk_has_no_warm_handover_but_offers_aangifte_if_money_was_lost()
    {
        var wout = Asking(TopicIds.Fraudehelpdesk);

        var reply = Assert.Single(wout.Send("vraag").Replies);

        Assert.Contains(reply.Actions, a => a.Href == "tel:0887867372");
        Assert.DoesNotContain(reply.Actions, a => a.Kind == ActionKinds.Handover);
        Assert.Contains(reply.Actions, a => a.Href == "wout:topic/aangifte-internetoplichting");
    }

    [Fact]
    public void Lost_passport_goes_to_the_municipality_and_offers_aangifte_when_stolen()
    {
        var wout = Asking(TopicIds.IdDocumentKwijt);

        var reply = Assert.Single(wout.Send("vraag").Replies);

        Assert.Contains("gemeente", reply.Text);
        Assert.DoesNotContain(reply.Actions, a => a.Kind == ActionKinds.Phone); // "14 + netnummer" is not dialable
        Assert.Contains(reply.Actions, a => a.Href == "wout:topic/aangifte-diefstal");
    }

    [Fact]
    public void Sexual_violence_in_english_gives_the_centre_number_now()
    {
        var wout = Asking(TopicIds.CentrumSeksueelGeweld, "en");

        var reply = Assert.Single(wout.Send("vraag").Replies);

        Assert.Contains("less than 7 days", reply.Text);
        Assert.Contains(reply.Actions, a => a.Href == "tel:08000188");
        Assert.Contains(reply.Actions, a => a.Kind == ActionKinds.Handover);
    }

    [Theory]
    [InlineData(TopicIds.VeiligThuis, "Veilig Thuis")]
    [InlineData(TopicIds.Slachtofferhulp, "Slachtofferhulp Nederland")]
    [InlineData(TopicIds.Fraudehelpdesk, "Fraudehelpdesk")]
    [InlineData(TopicIds.JuridischLoket, "Het Juridisch Loket")]
    [InlineData(TopicIds.Buurtbemiddeling, "Buurtbemiddeling")]
    [InlineData(TopicIds.MeldMisdaadAnoniem, "Meld Misdaad Anoniem")]
    [InlineData(TopicIds.CentrumSeksueelGeweld, "Centrum Seksueel Geweld")]
    [InlineData(TopicIds.Helpwanted, "Helpwanted")]
    [InlineData(TopicIds.VerlorenGevonden, "Gemeente")]
    [InlineData(TopicIds.VerkeersboeteCjib, "CJIB")]
    public void Referral_topics_name_the_partner_and_link_its_website(string topic, string partner)
    {
        var wout = Asking(topic);

        var reply = Assert.Single(wout.Send("vraag").Replies);

        Assert.Contains(partner, reply.Text);
        Assert.Equal(topic, reply.Topic);
        Assert.Contains(reply.Actions, a => a.Kind == ActionKinds.Website && a.Href.StartsWith("https://", StringComparison.Ordinal));
    }

    [Fact]
    public void Partners_are_read_from_the_reference_file()
    {
        var partners = Verbinding.Assistant.Dialogue.Referral.PartnerDirectory.Default;

        Assert.Equal("0800-7000", partners.Get("meld-misdaad-anoniem").Phone);
        Assert.True(partners.All.Count >= 12);
    }
}
