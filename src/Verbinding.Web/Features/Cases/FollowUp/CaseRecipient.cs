using System.Net.Mail;
using Verbinding.Web.Features.Contacts;
using Verbinding.Web.Infrastructure.Notifications;

namespace Verbinding.Web.Features.Cases.FollowUp;

/// <summary>How status changes of a case reach the citizen: the channel and the address or number, or nothing.</summary>
public sealed record CaseRecipient(NotificationChannel Channel, string? Address)
{
    /// <summary>
    /// The citizen's stated preference when there is one (an aangifte asks: "email", "sms", or post); otherwise e-mail
    /// first and SMS for a citizen who gave only a mobile number, as survey invitations choose. A citizen with DigiD
    /// and no usable address is told in the portal ("Mijn zaken"); anyone else only through the case page.
    /// </summary>
    public static CaseRecipient? Choose(string? preference, string? email, string? phone, bool hasBsn)
    {
        var mail = IsEmail(email) ? email!.Trim() : null;
        var mobile = PhoneNumber.ToE164(phone);
        var chosen = preference switch
        {
            null => mail is not null ? new CaseRecipient(NotificationChannel.Email, mail)
                : mobile is not null ? new CaseRecipient(NotificationChannel.Sms, mobile) : null,
            "email" when mail is not null => new CaseRecipient(NotificationChannel.Email, mail),
            "sms" when mobile is not null => new CaseRecipient(NotificationChannel.Sms, mobile),
            _ => null,
        };
        return chosen ?? (hasBsn ? new CaseRecipient(NotificationChannel.Portal, null) : null);
    }

    /// <summary>One well-formed address, surrounding spaces allowed: what case e-mails (status, access code) are sent to.</summary>
    internal static bool IsEmail(string? value) =>
        !string.IsNullOrWhiteSpace(value) && MailAddress.TryCreate(value.Trim(), out var address) && address.Address == value.Trim();
}
