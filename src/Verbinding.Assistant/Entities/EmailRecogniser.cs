using System.Text.RegularExpressions;

namespace Verbinding.Assistant.Entities;

/// <summary>E-mail addresses, lower-cased (the domain is case-insensitive, and mailboxes are in practice).</summary>
internal sealed partial class EmailRecogniser : IEntityRecogniser
{
    public void Collect(string text, DateOnly today, List<Candidate> found)
    {
        foreach (var match in Pattern().EnumerateMatches(text))
        {
            var value = text.Substring(match.Index, match.Length).ToLowerInvariant();
            found.Add(new Candidate(EntityKind.Email, match.Index, match.Length, value, Specificity.Email));
        }
    }

    [GeneratedRegex(@"\b[A-Za-z0-9._%+\-]+@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,24}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
