using PhoneNumbers;

namespace Verbinding.Assistant.Entities;

/// <summary>
/// The recognisers' checks, for forms: the aangifte wizard validates typed identifiers with the same rules Wout uses
/// to find them in chat, so a number Wout accepts is never refused by the form (and the other way round).
/// </summary>
public static class Identifiers
{
    /// <summary>ISO 13616: known country, right length, mod-97 check digits. Spaces allowed; value is compact upper case.</summary>
    public static bool TryIban(string? text, out string iban)
    {
        iban = new string((text ?? "").Where(c => c != ' ').Select(char.ToUpperInvariant).ToArray());
        return iban.Length >= 4 && iban.All(char.IsAsciiLetterOrDigit)
            && IbanCountries.Length(iban.AsSpan(0, 2)) == iban.Length
            && char.IsAsciiDigit(iban[2]) && char.IsAsciiDigit(iban[3])
            && IbanCountries.HasValidCheckDigits(iban);
    }

    /// <summary>15 digits (spaces, dashes or slashes allowed) with a valid Luhn check; value is the digits.</summary>
    public static bool TryImei(string? text, out string imei)
    {
        var raw = text ?? "";
        imei = new string(raw.Where(char.IsAsciiDigit).ToArray());
        return raw.All(c => char.IsAsciiDigit(c) || c is ' ' or '-' or '/') && imei.Length == 15 && Luhn.IsValid(imei);
    }

    /// <summary>A valid phone number (region NL by default), as E.164 ("+31612345678").</summary>
    public static bool TryPhone(string? text, out string phone)
    {
        phone = "";
        if (string.IsNullOrWhiteSpace(text) || text.Length > 30)
        {
            return false;
        }
        try
        {
            var util = PhoneNumberUtil.GetInstance();
            var number = util.Parse(text, "NL");
            if (!util.IsValidNumber(number))
            {
                return false;
            }
            phone = util.Format(number, PhoneNumberFormat.E164);
            return true;
        }
        catch (NumberParseException)
        {
            return false;
        }
    }

    /// <summary>A Dutch postcode "1234 AB" (PostNL never issues SA, SD, SS); value is "1234 AB".</summary>
    public static bool TryPostcode(string? text, out string postcode)
    {
        var compact = new string((text ?? "").Where(c => c != ' ').Select(char.ToUpperInvariant).ToArray());
        postcode = compact.Length == 6 ? $"{compact[..4]} {compact[4..]}" : compact;
        return compact.Length == 6 && compact[0] is >= '1' and <= '9'
            && compact[..4].All(char.IsAsciiDigit) && compact[4..].All(char.IsAsciiLetterUpper)
            && compact[4..] is not ("SA" or "SD" or "SS");
    }
}
