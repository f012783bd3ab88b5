namespace Verbinding.Web.Features.Aangifte;

/// <summary>One step on the citizen's timeline: the status, since when, and the texts that explain it.</summary>
public sealed record TimelineStep(AangifteStatus Status, DateTimeOffset At, string? Reason)
{
    public string TitleKey => $"Status_{Status}";

    /// <summary>What this status means for the citizen.</summary>
    public string MeaningKey => $"StatusMeaning_{Status}";

    /// <summary>What happens next, and whether the citizen has to do anything.</summary>
    public string NextKey => $"StatusNext_{Status}";

    /// <summary>The coded reason of a closed case as a text key (rejection or closing reason), or null.</summary>
    public string? ReasonKey => Reason is null ? null : Status == AangifteStatus.Afgewezen ? $"Reason_{Reason}" : $"Closing_{Reason}";
}

/// <summary>Which statuses exist for the citizen, which reach them by notification, and the timeline from the history.</summary>
public static class StatusExplanations
{
    /// <summary>Coded reasons to close a registered aangifte; each has a citizen text "Closing_{code}".</summary>
    public static readonly IReadOnlyList<string> ClosingReasons = ["geen-aanknopingspunten", "opgelost", "om-beslist", "ingetrokken"];

    /// <summary>The follow-up steps after registration that a handler can set.</summary>
    public static readonly IReadOnlyList<AangifteStatus> FollowUp = [AangifteStatus.InOnderzoek, AangifteStatus.BijOm, AangifteStatus.Afgesloten];

    /// <summary>
    /// The receipt already told the citizen about "received", and "being handled" is not news worth an e-mail;
    /// every other change is something they may act on or asked to be told.
    /// </summary>
    public static bool NotifiesCitizen(AangifteStatus status) => status is not (AangifteStatus.Ontvangen or AangifteStatus.InBehandeling);

    /// <summary>
    /// Progress of the investigation: told only to a victim who chose "keep me informed". Registration, a question and
    /// a refusal are answers to the citizen's own request and always sent; the timeline shows everything either way.
    /// </summary>
    public static bool IsCaseProgress(AangifteStatus status) => FollowUp.Contains(status);

    /// <summary>The history in order; an aangifte from before the timeline existed gets one step from its fields.</summary>
    public static IReadOnlyList<TimelineStep> Timeline(SubmittedAangifte aangifte, IEnumerable<AangifteStatusChange> history)
    {
        var steps = history.OrderBy(c => c.At).Select(c => new TimelineStep(c.Status, c.At, c.Reason)).ToList();
        if (steps.Count == 0)
        {
            steps.Add(new TimelineStep(AangifteStatus.Ontvangen, aangifte.SubmittedAt, null));
            if (aangifte.Status != AangifteStatus.Ontvangen)
            {
                steps.Add(new TimelineStep(aangifte.Status, aangifte.DecidedAt ?? aangifte.SubmittedAt, aangifte.RejectionCode ?? aangifte.ClosingReason));
            }
        }
        return steps;
    }
}
