namespace Verbinding.Assistant.Dialogue.Aangifte;

/// <summary>
/// Decides, from the answers so far, the next question or the route. Pure: the same answers always give the
/// same step. Safety questions ("is it happening now?") come first; after that a blocking answer decides as soon as
/// it is known, so Wout never asks more than needed.
/// </summary>
public static class EligibilityRules
{
    public static EligibilityStep Next(string topic, IReadOnlyDictionary<string, string> answers)
    {
        var rule = EligibilityData.For(topic) ?? throw new ArgumentException($"'{topic}' is not an aangifte topic.", nameof(topic));
        var safety = rule.Questions.FirstOrDefault(q => EligibilityData.SafetyFirst.Contains(q) && !answers.ContainsKey(q));
        if (safety is not null)
            return EligibilityStep.Ask(safety);

        var blocking = EligibilityData.Blocking.FirstOrDefault(b =>
            rule.Questions.Contains(b.Question) && answers.GetValueOrDefault(b.Question) == b.Answer);
        if (blocking is not null)
            return EligibilityStep.Offer(new AangifteRoute(blocking.Route, blocking.Reason, null, blocking.PartnerId ?? rule.PartnerId));

        var unanswered = rule.Questions.FirstOrDefault(q => !answers.ContainsKey(q));
        if (unanswered is not null)
            return EligibilityStep.Ask(unanswered);

        return EligibilityStep.Offer(rule.OnlineType is null
            ? new AangifteRoute(RouteKind.Appointment, $"never-online.{topic}", null, rule.PartnerId)
            : new AangifteRoute(RouteKind.Online, "online-ok", rule.OnlineType, rule.PartnerId));
    }
}
