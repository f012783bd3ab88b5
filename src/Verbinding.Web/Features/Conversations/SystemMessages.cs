using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Verbinding.Web.Features.Conversations;

/// <summary>
/// Texts the system adds to a transcript ("a colleague joined"). They are written in the conversation's
/// language, not the language of whoever caused them (an agent's screen may be Dutch, the citizen's English).
/// </summary>
public sealed class SystemMessages(IStringLocalizer<ConversationsText> text)
{
    private static readonly CultureInfo Dutch = new("nl-NL");
    private static readonly CultureInfo English = new("en-GB");

    public string Get(string key, string language)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = language == "en" ? English : Dutch;
        try
        {
            return text[key];
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
