using System.Net.Sockets;
using System.Text.RegularExpressions;
using MailKit.Net.Smtp;

namespace Verbinding.Web.Infrastructure.Notifications;

/// <summary>
/// Turns a send failure into a line staff can act on. Mail servers quote the recipient in their replies
/// ("550 5.1.1 &lt;jan@example.nl&gt;: unknown user"), so addresses and long digit runs are masked.
/// </summary>
public static partial class NotificationErrors
{
    public const int MaxLength = 500;

    public static string Describe(Exception exception)
    {
        var summary = exception switch
        {
            SmtpCommandException smtp => $"SMTP {(int)smtp.StatusCode} {smtp.ErrorCode}: {smtp.Message}",
            SocketException socket => $"Connection failed ({socket.SocketErrorCode})",
            _ when exception.InnerException is SocketException inner => $"Connection failed ({inner.SocketErrorCode})",
            _ => $"{exception.GetType().Name}: {exception.Message}",
        };
        var masked = DigitRun().Replace(EmailAddress().Replace(summary, "[e-mail]"), "[number]");
        return masked.Length <= MaxLength ? masked : masked[..MaxLength];
    }

    [GeneratedRegex(@"[^\s<>""']+@[^\s<>""']+")]
    private static partial Regex EmailAddress();

    [GeneratedRegex(@"\+?\d[\d ]{7,}\d")]
    private static partial Regex DigitRun();
}
