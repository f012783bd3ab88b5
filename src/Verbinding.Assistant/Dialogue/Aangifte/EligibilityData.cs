using Verbinding.Assistant.Topics;
using static Verbinding.Assistant.Dialogue.Aangifte.EligibilityQuestions;

namespace Verbinding.Assistant.Dialogue.Aangifte;

/// <summary>How one aangifte topic is handled: its online form type (null: never online), questions in order, partner.</summary>
public sealed record AangifteTopicRule(string Topic, string? OnlineType, IReadOnlyList<string> Questions, string? PartnerId);

/// <summary>A "yes" (or other answer) to a question that rules out online aangifte.</summary>
public sealed record BlockingAnswer(string Question, string Answer, RouteKind Route, string Reason, string? PartnerId = null);

/// <summary>
/// The online-aangifte criteria as data (domain.md: older regional rules; the current national criteria are
/// unverified, so they live here and the triage engine will replace them). "weet ik niet" never blocks:
/// a colleague checks the aangifte anyway.
/// </summary>
public static class EligibilityData
{
    public static readonly IReadOnlyList<AangifteTopicRule> Topics =
    [
        new(TopicIds.AangifteFietsendiefstal, "fietsendiefstal", [HappeningNow, SuspectKnown, Violence, InsideHome, PoliceAttended], null),
        new(TopicIds.AangifteDiefstal, "diefstal", [HappeningNow, SuspectKnown, Violence, InsideHome, PoliceAttended, IdDocumentsStolen], null),
        new(TopicIds.AangifteZakkenrollerij, "zakkenrollerij", [HappeningNow, SuspectKnown, Violence, PoliceAttended, IdDocumentsStolen], null),
        new(TopicIds.AangifteVernieling, "vernieling", [HappeningNow, SuspectKnown, Violence, PoliceAttended], null),
        new(TopicIds.AangifteInternetoplichting, "internetoplichting", [SellerResponds, PoliceAttended], null),
        new(TopicIds.AangifteCybercrime, "cybercrime", [SuspectKnown, PoliceAttended], null),
        new(TopicIds.AangifteInbraak, null, [HappeningNow], "slachtofferhulp"),
        new(TopicIds.AangifteMishandeling, null, [HappeningNow], "slachtofferhulp"),
        new(TopicIds.AangifteBedreigingStalking, null, [HappeningNow], "slachtofferhulp"),
        new(TopicIds.AangifteIdentiteitsfraude, null, [], "identiteitsfraude"),
    ];

    /// <summary>Asked before anything else, even when a later answer already rules out online aangifte.</summary>
    public static readonly IReadOnlySet<string> SafetyFirst = new HashSet<string> { HappeningNow };

    /// <summary>Checked in this order; the first match decides.</summary>
    public static readonly IReadOnlyList<BlockingAnswer> Blocking =
    [
        new(HappeningNow, YesNo.Ja, RouteKind.Emergency, "happening-now"),
        new(SellerResponds, YesNo.Ja, RouteKind.Partner, "breach-of-contract", "juridisch-loket"),
        new(Violence, YesNo.Ja, RouteKind.Appointment, "violence", "slachtofferhulp"),
        new(SuspectKnown, YesNo.Ja, RouteKind.Appointment, "suspect-known"),
        new(InsideHome, YesNo.Ja, RouteKind.Appointment, "inside-home", "slachtofferhulp"),
        new(IdDocumentsStolen, YesNo.Ja, RouteKind.Appointment, "id-documents-stolen"),
        new(PoliceAttended, YesNo.Ja, RouteKind.PhoneCallBack, "police-attended"),
    ];

    public static AangifteTopicRule? For(string topic) => Topics.FirstOrDefault(t => t.Topic == topic);

    public static bool IsAangifteFlow(string topic) => For(topic) is not null;
}
