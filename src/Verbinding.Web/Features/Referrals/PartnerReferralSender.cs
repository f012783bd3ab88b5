using System.Net;
using System.Text;
using Verbinding.Web.Infrastructure.Notifications;

namespace Verbinding.Web.Features.Referrals;

/// <summary>
/// The intake e-mail goes out through the application's e-mail channel (SMTP, or the pickup folder in Development),
/// with the consented items listed after the intro and the same data as a JSON attachment.
/// </summary>
public sealed class PartnerReferralSender(IEnumerable<INotificationChannel> channels, TimeProvider time) : IPartnerReferralSender
{
    /// <summary>Every template ends with the safety note, the signature and the footer (<see cref="NotificationRenderer"/>).</summary>
    private const int ClosingParagraphs = 3;

    public async Task SendAsync(PartnerDelivery delivery, CancellationToken ct)
    {
        var json = delivery.Message.ToJson();
        var fileName = $"{delivery.Message.Reference}.json";
        await DropAsync(delivery.Intake, fileName, json, ct);
        var email = channels.First(c => c.Channel == NotificationChannel.Email);
        var lines = delivery.Message.Items.Select(item => $"{PartnerItemLabels.Dutch(item.Key)}: {item.Value}").ToList();
        // The items go after the template's own text, before the closing paragraphs (safety note, signature, footer).
        var paragraphs = delivery.Intro.TextBody.TrimEnd().Split("\n\n").ToList();
        paragraphs.Insert(Math.Max(0, paragraphs.Count - ClosingParagraphs), string.Join("\n", lines));
        var text = string.Join("\n\n", paragraphs) + "\n";
        var htmlList = "<ul>" + string.Concat(lines.Select(l => "<li>" + WebUtility.HtmlEncode(l) + "</li>")) + "</ul>";
        var html = InsertBeforeClosing(delivery.Intro.HtmlBody, htmlList);
        var content = delivery.Intro with { TextBody = text, HtmlBody = html };
        await email.SendAsync(new OutgoingNotification(delivery.NotificationId, delivery.IdempotencyKey, delivery.IntakeEmail, "nl", content,
            new NotificationAttachment(fileName, "application/json", json)), ct);
    }

    /// <summary>The withdrawal goes the same ways as the referral did: the drop folder and the intake mailbox.</summary>
    public async Task WithdrawAsync(PartnerWithdrawalDelivery delivery, CancellationToken ct)
    {
        var json = delivery.Message.ToJson();
        var fileName = $"{delivery.Message.Reference}.withdrawn.json";
        await DropAsync(delivery.Intake, fileName, json, ct);
        await channels.First(c => c.Channel == NotificationChannel.Email).SendAsync(new OutgoingNotification(delivery.NotificationId, delivery.IdempotencyKey,
            delivery.IntakeEmail, "nl", delivery.Intro, new NotificationAttachment(fileName, "application/json", json)), ct);
    }

    private async Task DropAsync(PartnerIntakeOptions intake, string fileName, string json, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(intake.DropFolder))
        {
            return;
        }
        Directory.CreateDirectory(intake.DropFolder);
        // Written under a temporary name first, so a partner's pickup job never reads half a file.
        var target = Path.Combine(intake.DropFolder, fileName);
        var temporary = target + $".{time.GetUtcNow().ToUnixTimeMilliseconds()}.tmp";
        await File.WriteAllTextAsync(temporary, json, Encoding.UTF8, ct);
        File.Move(temporary, target, overwrite: true);
    }

    private static string InsertBeforeClosing(string html, string fragment)
    {
        var at = html.Length;
        for (var i = 0; i < ClosingParagraphs && at > 0; i++)
        {
            at = html.LastIndexOf("<p>", at - 1, StringComparison.Ordinal);
        }
        return at < 0 ? html.Replace("</body>", fragment + "</body>", StringComparison.Ordinal) : html.Insert(at, fragment);
    }
}

/// <summary>How the items are named in the partner e-mail (Dutch: partners are Dutch organisations).</summary>
public static class PartnerItemLabels
{
    public static string Dutch(string item) => item switch
    {
        ConsentItems.Name => "Naam",
        ConsentItems.Phone => "Telefoonnummer",
        ConsentItems.Email => "E-mailadres",
        ConsentItems.Address => "Adres",
        ConsentItems.Situation => "Situatie (in eigen woorden)",
        ConsentItems.CaseReference => "Zaaknummer politie",
        _ => item,
    };
}
