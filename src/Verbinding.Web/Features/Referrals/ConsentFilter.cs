namespace Verbinding.Web.Features.Referrals;

/// <summary>
/// Decides what goes to the partner: exactly the items the citizen ticked that have a value, nothing else. Pure, so
/// the one rule that matters most here is tested without a host.
/// </summary>
public static class ConsentFilter
{
    public static IReadOnlyDictionary<string, string> Shared(IReadOnlyDictionary<string, string?> values, IEnumerable<string> ticked)
    {
        var chosen = ticked.ToHashSet(StringComparer.Ordinal);
        var shared = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in ConsentItems.All)
        {
            if (chosen.Contains(item) && values.TryGetValue(item, out var value) && !string.IsNullOrWhiteSpace(value))
            {
                shared[item] = value.Trim();
            }
        }
        return shared;
    }

    /// <summary>
    /// What the form ticks before the citizen does: only what they typed themselves for this handover, never a value
    /// we already knew (a DigiD name, an e-mail address from an aangifte).
    /// </summary>
    public static IReadOnlySet<string> PreTicked(IReadOnlyDictionary<string, string?> typed, IReadOnlyDictionary<string, string?> known) =>
        ConsentItems.All.Where(item => typed.TryGetValue(item, out var value) && !string.IsNullOrWhiteSpace(value)
                && (!known.TryGetValue(item, out var was) || !string.Equals(was?.Trim(), value.Trim(), StringComparison.Ordinal)))
            .ToHashSet();
}
