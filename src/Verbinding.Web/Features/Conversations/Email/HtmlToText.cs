using System.Text;
using MimeKit.Text;

namespace Verbinding.Web.Features.Conversations.Email;

/// <summary>
/// An HTML-only e-mail as plain text for the transcript. Nothing of the HTML survives: tags are dropped, script and
/// style content is skipped, entities are decoded, and block elements become line breaks. The transcript is shown
/// HTML-encoded as always, so even text that looks like markup stays text.
/// </summary>
public static class HtmlToText
{
    private static readonly HashSet<HtmlTagId> Skipped = [HtmlTagId.Script, HtmlTagId.Style, HtmlTagId.Head, HtmlTagId.Title];

    /// <summary>Start a new line.</summary>
    private static readonly HashSet<HtmlTagId> Lines = [HtmlTagId.Br, HtmlTagId.Div, HtmlTagId.LI, HtmlTagId.TR];

    /// <summary>Stand apart with a blank line before and after.</summary>
    private static readonly HashSet<HtmlTagId> Paragraphs =
    [
        HtmlTagId.P, HtmlTagId.H1, HtmlTagId.H2, HtmlTagId.H3, HtmlTagId.H4, HtmlTagId.H5, HtmlTagId.H6,
        HtmlTagId.BlockQuote, HtmlTagId.Table, HtmlTagId.UL, HtmlTagId.OL, HtmlTagId.HR,
    ];

    public static string Convert(string html)
    {
        var tokenizer = new HtmlTokenizer(new StringReader(html)) { DecodeCharacterReferences = true };
        var text = new StringBuilder();
        var skipDepth = 0;
        while (tokenizer.ReadNextToken(out var token))
        {
            switch (token)
            {
                case HtmlTagToken tag when Skipped.Contains(tag.Id):
                    if (!tag.IsEmptyElement)
                        skipDepth = Math.Max(0, skipDepth + (tag.IsEndTag ? -1 : 1));
                    break;
                case HtmlTagToken tag when Lines.Contains(tag.Id) && !tag.IsEndTag:
                    text.Append('\n');
                    break;
                case HtmlTagToken tag when Paragraphs.Contains(tag.Id):
                    text.Append("\n\n");
                    break;
                case HtmlDataToken data when skipDepth == 0 && token.Kind == HtmlTokenKind.Data:
                    text.Append(data.Data);
                    break;
            }
        }
        return Tidy(text.ToString());
    }

    /// <summary>Collapses HTML's insignificant white space: single spaces within a line, at most one blank line.</summary>
    private static string Tidy(string text)
    {
        var lines = text.Replace('\u00A0', ' ').Split('\n')
            .Select(line => string.Join(' ', line.Split((char[])[' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries)));
        var result = new StringBuilder();
        var blank = 0;
        foreach (var line in lines)
        {
            blank = line.Length == 0 ? blank + 1 : 0;
            if (blank <= 1)
                result.Append(line).Append('\n');
        }
        return result.ToString().Trim();
    }
}
