namespace Verbinding.Web.Features.Contacts;

/// <summary>
/// Phone numbers in one form (E.164, "+31612345678") whatever way they arrive: typed by a colleague as
/// "06-12345678" or "+31 (0)6 1234 5678", or sent by WhatsApp as "31612345678". Pure.
/// </summary>
public static class PhoneNumber
{
    /// <summary>The number in E.164, or null when the input cannot be a phone number.</summary>
    public static string? ToE164(string? input)
    {
        var trimmed = input?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > 32 || trimmed.LastIndexOf('+') > 0
            || !trimmed.All(c => char.IsAsciiDigit(c) || c is ' ' or '-' or '.' or '(' or ')' or '+'))
            return null;
        var digits = new string([.. trimmed.Where(char.IsAsciiDigit)]);
        string international;
        if (trimmed.StartsWith('+'))
            international = digits;
        else if (digits.StartsWith("00", StringComparison.Ordinal))
            international = digits[2..];
        else if (digits.StartsWith('0'))
            // A Dutch number in national form: 06..., 030..., always ten digits.
            international = digits.Length == 10 ? "31" + digits[1..] : "";
        else
            international = digits; // WhatsApp sends the international number without the plus
        // "+31 (0)6 ...": the trunk zero in brackets is not dialled from abroad.
        if (international.StartsWith("310", StringComparison.Ordinal))
            international = "31" + international[3..];
        return international.Length is >= 8 and <= 15 && international[0] != '0' ? "+" + international : null;
    }
}
