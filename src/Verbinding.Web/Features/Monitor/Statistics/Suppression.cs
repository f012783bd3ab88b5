namespace Verbinding.Web.Features.Monitor.Statistics;

/// <summary>
/// Small groups are never shown: with fewer than ten answers a figure is unreliable and may point at a person.
/// Every output (page, CSV, API, CLI) goes through this rule.
/// </summary>
public static class Suppression
{
    public const int MinimumGroupSize = 10;

    public static bool IsSuppressed(long n) => n < MinimumGroupSize;
}
