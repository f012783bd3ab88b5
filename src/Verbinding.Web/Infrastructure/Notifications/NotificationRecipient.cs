using System.Net.Mail;
using Verbinding.Web.Features.Contacts;

namespace Verbinding.Web.Infrastructure.Notifications;

/// <summary>
/// Where a citizen's status messages go (a case, a referral): the channel and the address or number, or nothing.
/// The address is checked and the number stored in E.164, so "06 1234 5678" is texted as "+31612345678".
/// </summary>
public sealed record NotificationRecipient(NotificationChannel Channel, string? Address)
{
    /// <summary>
    /// The citizen's stated preference when there is one (an aangifte asks: "email", "sms", or post); otherwise e-mail
    /// first and SMS for a citizen who gave only a mobile number, as survey invitations choose. A citizen with DigiD
    /// and no usable address is told in the portal ("Mijn zaken"); anyone else only through their own link.
    /// </summary>
    public static NotificationRecipient? Choose(string? preference, string? email, string? phone, bool hasBsn)
    {
        var mail = IsEmail(email) ? email!.Trim() : null;
        var mobile = PhoneNumber.ToE164(phone);
        var chosen = preference switch
        {
            null => mail is not null ? new NotificationRecipient(NotificationChannel.Email, mail)
                : mobile is not null ? new NotificationRecipient(NotificationChannel.Sms, mobile) : null,
            "email" when mail is not null => new NotificationRecipient(NotificationChannel.Email, mail),
            "sms" when mobile is not null => new NotificationRecipient(NotificationChannel.Sms, mobile),
            _ => null,
        };
        return chosen ?? (hasBsn ? new NotificationRecipient(NotificationChannel.Portal, null) : null);
    }

    /// <summary>One well-formed address, surrounding spaces allowed: what status and access-code e-mails are sent to.</summary>
    public static bool IsEmail(string? value) =>
        !string.IsNullOrWhiteSpace(value) && MailAddress.TryCreate(value.Trim(), out var address) && address.Address == value.Trim();
}
