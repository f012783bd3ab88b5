using System.Net.Mail;

namespace Verbinding.Web.Features.Meldingen;

public static class ContactDetails
{
    public static bool IsEmail(string value) =>
        value.Length <= MeldingLimits.Email && MailAddress.TryCreate(value, out var address) && address.Address == value && value.Contains('.', StringComparison.Ordinal);

    /// <summary>Dutch or international numbers: 10 to 15 digits, with optional +, spaces and dashes.</summary>
    public static bool IsPhone(string value)
    {
        var digits = value.Count(char.IsAsciiDigit);
        return value.Length <= MeldingLimits.Phone && digits is >= 10 and <= 15
            && value.All(c => char.IsAsciiDigit(c) || c is ' ' or '-' or '+' or '(' or ')');
    }
}
