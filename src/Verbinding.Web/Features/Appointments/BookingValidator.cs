using MimeKit;
using Verbinding.Web.Features.Contacts;

namespace Verbinding.Web.Features.Appointments;

/// <summary>Checks the citizen's details: a name, and the way we reach them (e-mail for a bureau, a phone number for a call-back).</summary>
public static class BookingValidator
{
    public static IReadOnlyList<BookingError> Validate(AppointmentKind kind, string? name, string? email, string? phone)
    {
        var errors = new List<BookingError>();
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > AppointmentLimits.Name || name.Any(char.IsControl))
        {
            errors.Add(new("Name", "ErrorName"));
        }
        var emailRequired = kind != AppointmentKind.CallBack;
        if (string.IsNullOrWhiteSpace(email) ? emailRequired : !IsEmail(email.Trim()))
        {
            errors.Add(new("Email", "ErrorEmail"));
        }
        var phoneRequired = kind == AppointmentKind.CallBack;
        if (string.IsNullOrWhiteSpace(phone) ? phoneRequired : PhoneNumber.ToE164(phone) is null)
        {
            errors.Add(new("Phone", "ErrorPhone"));
        }
        return errors;
    }

    public static bool IsEmail(string value) =>
        // The same test the outbox applies to a recipient, so an accepted address can always be mailed.
        value.Length <= AppointmentLimits.Email && value.Contains('@', StringComparison.Ordinal)
        && MailboxAddress.TryParse(value, out var address) && address.Address == value;
}
