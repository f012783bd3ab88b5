using System.Text.RegularExpressions;

namespace Verbinding.Web.Features.Conversations.Email;

/// <summary>
/// Cuts the quoted history from a reply: everything from the mail program's attribution line ("Op ... schreef ...:",
/// "On ... wrote:") or an Outlook header block ("-----Original Message-----", "Van: ..." followed by "Verzonden:"),
/// and every line starting with "&gt;". The earlier messages are already in the transcript; repeating them only
/// buries what the citizen wrote now. If cutting would leave nothing, the text is kept whole.
/// </summary>
public static partial class ReplyQuotes
{
    public static string Cut(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var kept = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (IsAttribution(lines, i) || OriginalMessage().IsMatch(line) || IsOutlookHeader(lines, i))
                break;
            if (line.TrimStart().StartsWith('>'))
                continue;
            kept.Add(line);
        }
        var result = string.Join('\n', kept).Trim();
        return result.Length == 0 ? text.Trim() : result;
    }

    // Mail programs wrap a long attribution over two lines: "Op ma 1 dec. 2026 om 10:00 schreef Politie <...>" + "wrote:".
    private static bool IsAttribution(string[] lines, int i) =>
        Attribution().IsMatch(lines[i]) || (i + 1 < lines.Length && Attribution().IsMatch(lines[i] + " " + lines[i + 1]) && AttributionStart().IsMatch(lines[i]));

    private static bool IsOutlookHeader(string[] lines, int i) =>
        OutlookFrom().IsMatch(lines[i]) && lines.Skip(i + 1).Take(3).Any(l => OutlookSent().IsMatch(l));

    [GeneratedRegex(@"^\s*(Op|On)\s.+\s(schreef|wrote)\b.*:\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Attribution();

    [GeneratedRegex(@"^\s*(Op|On)\s", RegexOptions.IgnoreCase)]
    private static partial Regex AttributionStart();

    [GeneratedRegex(@"^\s*-{2,}\s*(Original Message|Oorspronkelijk bericht|Origineel bericht)\s*-{2,}", RegexOptions.IgnoreCase)]
    private static partial Regex OriginalMessage();

    [GeneratedRegex(@"^\s*\*?(Van|From):\*?\s", RegexOptions.IgnoreCase)]
    private static partial Regex OutlookFrom();

    [GeneratedRegex(@"^\s*\*?(Verzonden|Sent|Datum|Date):\*?\s", RegexOptions.IgnoreCase)]
    private static partial Regex OutlookSent();
}
