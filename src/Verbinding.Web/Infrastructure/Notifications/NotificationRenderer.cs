using System.Globalization;
using System.Net;
using System.Resources;
using System.Text;

namespace Verbinding.Web.Infrastructure.Notifications;

/// <summary>
/// Fills a template in the citizen's language. Body paragraphs are separated by blank lines; the HTML body is
/// made from the same text (encoded, links as anchors, no images or styles) so the two can never say different things.
/// </summary>
public sealed class NotificationRenderer(string portalBaseUrl)
{
    private static readonly ResourceManager Texts = new(typeof(NotificationTemplateText));

    public RenderedNotification Render(string templateId, string language, IReadOnlyDictionary<string, string> model)
    {
        var culture = NotificationLanguages.Culture(language);
        var values = model.ToDictionary(kv => kv.Key, kv => kv.Key == NotificationTemplateIds.Link ? AbsoluteLink(kv.Value, language) : kv.Value);
        var subject = Fill(Text($"{templateId}.Subject", culture), values, html: false);
        string[] paragraphs =
        [
            Text("Common.Greeting", culture),
            .. Text($"{templateId}.Body", culture).Split("\n\n"),
            Text("Common.Safety", culture),
            Text("Common.Signature", culture),
            Text("Common.Footer", culture),
        ];
        var text = string.Join("\n\n", paragraphs.Select(p => Fill(p, values, html: false))) + "\n";
        var html = new StringBuilder($"<!DOCTYPE html><html lang=\"{culture.TwoLetterISOLanguageName}\"><head><meta charset=\"utf-8\"><title>")
            .Append(WebUtility.HtmlEncode(subject)).Append("</title></head><body>");
        foreach (var paragraph in paragraphs)
        {
            html.Append("<p>").Append(Fill(WebUtility.HtmlEncode(paragraph).Replace("\n", "<br>", StringComparison.Ordinal), values, html: true)).Append("</p>");
        }
        html.Append("</body></html>");
        var shortValues = new Dictionary<string, string>(values) { ["subject"] = subject };
        var shortText = Fill(Text("Common.Sms", culture), shortValues, html: false);
        return new RenderedNotification(subject, text, html.ToString(), shortText);
    }

    /// <summary>A portal path becomes a full link; English readers land on the English portal.</summary>
    public string AbsoluteLink(string value, string language)
    {
        if (!value.StartsWith('/'))
        {
            return value;
        }
        var link = portalBaseUrl.TrimEnd('/') + value;
        return language == NotificationLanguages.English
            ? link + (link.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "culture=en"
            : link;
    }

    private static string Text(string key, CultureInfo culture) =>
        Texts.GetString(key, culture) ?? throw new InvalidOperationException($"Notification text '{key}' is missing.");

    private static string Fill(string template, IReadOnlyDictionary<string, string> values, bool html)
    {
        var result = template;
        foreach (var (key, value) in values)
        {
            var replacement = !html ? value
                : key == NotificationTemplateIds.Link ? $"<a href=\"{WebUtility.HtmlEncode(value)}\">{WebUtility.HtmlEncode(value)}</a>"
                : WebUtility.HtmlEncode(value);
            result = result.Replace("{" + key + "}", replacement, StringComparison.Ordinal);
        }
        return result;
    }
}
