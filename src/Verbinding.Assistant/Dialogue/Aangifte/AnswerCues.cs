using System.Globalization;
using Verbinding.Assistant.Entities;
using static Verbinding.Assistant.Dialogue.Aangifte.AangifteQuestions;

namespace Verbinding.Assistant.Dialogue.Aangifte;

/// <summary>
/// Answers a citizen already gave in passing ("gisteren", "mijn buurman", "ze sloegen me"), so Wout does not ask
/// them again. Phrases are data (Dutch and English); only clear phrases belong here, doubt means asking.
/// </summary>
public static class AnswerCues
{
    private sealed record Cue(string Question, string Answer, string[] Phrases);

    private static readonly Cue[] Cues =
    [
        new(HappeningNow, YesNo.Nee, ["gisteren", "eergisteren", "vannacht", "vanochtend", "vorige week", "afgelopen weekend",
            "vorig jaar", "vorige maand", "yesterday", "last night", "this morning", "last week", "last weekend", "last month"]),
        // Only "no" is read from wording: a "yes" to danger sends to 112, and the emergency guard already judges that.
        new(Danger, YesNo.Nee, ["niemand gewond", "niemand is gewond", "niet gewond", "geen gewonden", "niet in gevaar",
            "no one hurt", "no one was hurt", "nobody hurt", "nobody was hurt", "not hurt", "not injured", "not in danger"]),
        new(SuspectKnown, YesNo.Ja, ["ik weet wie", "mijn buurman", "mijn buurvrouw", "mijn ex", "mijn buren", "de buurjongen",
            "mijn huisgenoot", "mijn collega", "i know who", "my neighbour", "my neighbor", "my ex", "my flatmate", "my roommate"]),
        new(SuspectKnown, YesNo.Nee, ["onbekende", "weet niet wie", "geen idee wie", "unknown person", "don't know who",
            "dont know who", "no idea who", "a stranger", "een vreemde"]),
        new(Violence, YesNo.Nee, ["zonder geweld", "geen geweld", "niks gemerkt", "niets gemerkt", "without violence",
            "no violence", "didn't notice", "did not notice", "didnt notice"]),
        new(Violence, YesNo.Ja, ["geslagen", "geschopt", "geduwd", "geweld", "mes", "pistool", "beroofd", "overvallen",
            "hit me", "punched", "kicked", "violence", "knife", "gun", "robbed", "mugged", "attacked me"]),
        new(InsideHome, YesNo.Ja, ["uit mijn huis", "in mijn huis", "uit huis", "uit de woning", "in de woning", "ingebroken",
            "inbraak", "uit mijn schuur", "from my house", "from my home", "in my house", "broke into", "burglary"]),
        new(InsideHome, YesNo.Nee, ["op straat", "bij het station", "in de trein", "in de bus", "op het werk", "in de winkel",
            "in de stad", "on the street", "at the station", "on the train", "on the bus", "in the shop", "at work", "in town"]),
        new(PoliceAttended, YesNo.Ja, ["politie is geweest", "politie was er", "politie is langs geweest", "agent was er",
            "agenten zijn geweest", "police came", "police were there", "police have been", "officer came"]),
        new(IdDocumentsStolen, YesNo.Ja, ["paspoort", "id kaart", "identiteitskaart", "identiteitsbewijs", "rijbewijs",
            "passport", "id card", "identity card", "driving licence", "driver's license", "drivers license"]),
        new(SellerResponds, YesNo.Nee, ["reageert niet meer", "geblokkeerd", "nepwebshop", "nep webshop", "nooit geleverd",
            "niets ontvangen", "niks ontvangen", "not responding", "blocked me", "fake shop", "fake webshop", "never arrived",
            "never received", "got nothing"]),
        new(SellerResponds, YesNo.Ja, ["te laat geleverd", "verkeerde product", "kapot geleverd", "delivered late",
            "wrong item", "arrived broken"]),
    ];

    /// <summary>Answers implied by the message; explicit answers already in the state are never overwritten.</summary>
    public static IReadOnlyDictionary<string, string> Infer(string text, IReadOnlyList<Entity> entities, DateTimeOffset now)
    {
        var normalised = $" {YesNo.Normalise(text)} ";
        var answers = new Dictionary<string, string>();
        foreach (var cue in Cues)
        {
            if (!answers.ContainsKey(cue.Question)
                && cue.Phrases.Any(p => normalised.Contains($" {YesNo.Normalise(p)} ", StringComparison.Ordinal)))
                answers[cue.Question] = cue.Answer;
        }
        if (!answers.ContainsKey(HappeningNow) && HasPastDate(entities, now))
            answers[HappeningNow] = YesNo.Nee;
        return answers;
    }

    private static bool HasPastDate(IReadOnlyList<Entity> entities, DateTimeOffset now) =>
        entities.Any(e => e.Kind == EntityKind.Date
            && DateOnly.TryParseExact(e.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && date < DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Amsterdam).DateTime));

    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
}
