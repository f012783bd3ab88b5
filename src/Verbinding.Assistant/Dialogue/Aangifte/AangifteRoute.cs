namespace Verbinding.Assistant.Dialogue.Aangifte;

public enum RouteKind
{
    /// <summary>It is happening now: 112.</summary>
    Emergency,
    Online,
    /// <summary>Aangifte at a bureau by appointment (or by phone call-back).</summary>
    Appointment,
    /// <summary>A colleague calls back (08:00-22:00) to take the aangifte.</summary>
    PhoneCallBack,
    /// <summary>Not a police matter: a partner helps instead.</summary>
    Partner,
}

/// <summary>
/// Where a citizen can report: the route, the reason key (texts "reason.&lt;key&gt;"), the online form type
/// when online, and a partner to offer alongside.
/// </summary>
public sealed record AangifteRoute(RouteKind Kind, string Reason, string? OnlineType = null, string? PartnerId = null);

/// <summary>Either the next question to ask or the route to offer.</summary>
public sealed record EligibilityStep(string? NextQuestion, AangifteRoute? Route)
{
    public static EligibilityStep Ask(string question) => new(question, null);
    public static EligibilityStep Offer(AangifteRoute route) => new(null, route);
}
