namespace Verbinding.Web.Features.Monitor.Data;

/// <summary>
/// What the analysis may know about a contact: never who, never when exactly (only the month).
/// Empty strings, not nulls, for unknown values: they are part of the aggregate key.
/// </summary>
public sealed record ContactMetadata(
    string EenheidId, string BasisteamId, string Channel, string ContactType, string Topic, int Month, bool WoutOnly)
{
    public static int MonthOf(DateTimeOffset at)
    {
        var local = Infrastructure.Web.DutchTime.ToLocal(at);
        return local.Year * 100 + local.Month;
    }
}

/// <summary>The fixed vocabularies of the contact metadata (ids are stable: analytics and the API use them).</summary>
public static class MonitorDimensions
{
    public static readonly IReadOnlyList<string> Channels = ["chat", "telefoon", "internet", "bureau", "social-media", "whatsapp", "video"];

    public static readonly IReadOnlyList<string> ContactTypes = ["aangifte", "melding", "vraag", "afspraak", "klacht"];
}
