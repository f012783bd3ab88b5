using System.Text.RegularExpressions;

namespace Verbinding.Assistant.Entities;

/// <summary>
/// Web addresses and webshops where a fraud happened: "https://...", "www.goedkopeschoenen.nl",
/// "bol.com", and well-known platforms named without a domain ("marktplaats", "vinted"). Value: the host,
/// lower-case, without "www.".
/// </summary>
internal sealed partial class UrlRecogniser : IEntityRecogniser
{
    public void Collect(string text, DateOnly today, List<Candidate> found)
    {
        for (var match = Address().Match(text); match.Success; match = match.NextMatch())
        {
            var host = match.Groups["host"].Value.ToLowerInvariant();
            host = host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
            var length = match.Length;
            while (length > 0 && ".,;:!?)'\"".Contains(text[match.Index + length - 1], StringComparison.Ordinal))
            {
                length--;
            }

            found.Add(new Candidate(EntityKind.Url, match.Index, length, host, Specificity.Url));
        }

        foreach (var match in Platform().EnumerateMatches(text))
        {
            var host = KnownPlatforms.Host(text.AsSpan(match.Index, match.Length));
            found.Add(new Candidate(EntityKind.Url, match.Index, match.Length, host, Specificity.Url));
        }
    }

    [GeneratedRegex(
        @"(?<![@\w.\-])(?:https?://(?<host>[a-z0-9.\-]+)(?::\d+)?(?:[/?#][^\s<>""]*)?|(?<host>(?:www\.)?[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?)*\.(?:nl|com|be|de|eu|org|net|shop|store|online|info|io|fr|uk|co\.uk|app|site|biz|frl|amsterdam))\b(?![.\-@]\w)(?:/[^\s<>""]*)?|(?<host>www\.[a-z0-9\-]+(?:\.[a-z0-9\-]+)+)(?:/[^\s<>""]*)?)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Address();

    [GeneratedRegex(
        @"\b(?:marktplaats|vinted|amazon|coolblue|zalando|2dehands|tweakers|aliexpress|temu|ebay|wehkamp|facebook\s+marketplace|thuisbezorgd)\b(?![.\-@]\w)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Platform();
}
