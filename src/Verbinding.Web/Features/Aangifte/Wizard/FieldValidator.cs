using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;
using Verbinding.Assistant.Entities;
using Verbinding.Web.Features.Organisation;

namespace Verbinding.Web.Features.Aangifte;

/// <summary>A message key in AangifteText and its arguments; the page localises it.</summary>
public sealed record FieldError(string Key, params object[] Args);

/// <summary>
/// Checks and normalises one typed value by its field kind. Pure: the clock and the municipality list are passed in.
/// Returns the value to store (e.g. a compact IBAN) or an error; an empty optional field is fine.
/// </summary>
public sealed partial class FieldValidator(MunicipalityResolver municipalities)
{
    public const int DefaultMaxLength = 200;
    public const decimal MaxAmount = 1_000_000m;

    public (string Value, FieldError? Error) Check(FieldDefinition field, string? raw, DateOnly today)
    {
        var text = (raw ?? "").Trim();
        var max = field.MaxLength ?? DefaultMaxLength;
        if (text.Length == 0)
        {
            return ("", null);
        }
        if (text.Length > max)
        {
            return (text, new FieldError("ErrorTooLong", max, text.Length));
        }
        if (HasControlCharacters(text, allowNewLines: field.Kind == FieldKinds.Textarea))
        {
            return (text, new FieldError("ErrorControlCharacters"));
        }
        return field.Kind switch
        {
            FieldKinds.Date => Date(text, today),
            FieldKinds.Time => TimeOnly.TryParseExact(text, ["HH:mm", "H:mm", "H.mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
                ? (t.ToString("HH:mm", CultureInfo.InvariantCulture), null) : (text, new FieldError("ErrorTime")),
            FieldKinds.Municipality => Municipality(text),
            FieldKinds.Postcode => Identifiers.TryPostcode(text, out var pc) ? (pc, null) : (text, new FieldError("ErrorPostcode")),
            FieldKinds.HouseNumber => HouseNumber().IsMatch(text) ? (text, null) : (text, new FieldError("ErrorHouseNumber")),
            FieldKinds.Choice => field.Options!.Any(o => o.Value == text) ? (text, null) : (text, new FieldError("ErrorChoice")),
            FieldKinds.YesNo => text is "ja" or "nee" ? (text, null) : (text, new FieldError("ErrorChoice")),
            FieldKinds.Amount => Amount(text),
            FieldKinds.Iban => Identifiers.TryIban(text, out var iban) ? (iban, null) : (text, new FieldError("ErrorIban")),
            FieldKinds.Imei => Identifiers.TryImei(text, out var imei) ? (imei, null) : (text, new FieldError("ErrorImei")),
            FieldKinds.Phone => Identifiers.TryPhone(text, out var phone) ? (phone, null) : (text, new FieldError("ErrorPhone")),
            FieldKinds.Email => MailAddress.TryCreate(text, out var mail) && mail.Address == text && text.Contains('.', StringComparison.Ordinal)
                ? (text, null) : (text, new FieldError("ErrorEmail")),
            FieldKinds.Url => Url(text),
            FieldKinds.FrameNumber => FrameNumber().IsMatch(text) ? (text.ToUpperInvariant(), null) : (text, new FieldError("ErrorFrameNumber")),
            _ => (text, null),
        };
    }

    public static bool HasControlCharacters(string text, bool allowNewLines) =>
        text.Any(c => char.IsControl(c) && !(allowNewLines && c is '\r' or '\n' or '\t')) || text.Any(c => c is '\u200B' or '\u202E' or '\uFEFF');

    private static (string, FieldError?) Date(string text, DateOnly today)
    {
        if (!DateOnly.TryParseExact(text, ["yyyy-MM-dd", "d-M-yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return (text, new FieldError("ErrorDate"));
        }
        if (date > today)
        {
            return (text, new FieldError("ErrorDateFuture"));
        }
        // Older events are reported at a desk: online reports cover recent crime and a typo like 1025 is caught here.
        return date < today.AddYears(-10)
            ? (text, new FieldError("ErrorDateTooOld"))
            : (date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null);
    }

    private (string, FieldError?) Municipality(string text)
    {
        var candidates = municipalities.Candidates(text);
        return candidates switch
        {
            [var only] => (only.Municipality.Name, null),
            [] => (text, new FieldError("ErrorMunicipalityUnknown", text)),
            _ => (text, new FieldError("ErrorMunicipalityAmbiguous", text, string.Join(", ", candidates.Select(c => c.Municipality.Name)))),
        };
    }

    private static (string, FieldError?) Amount(string text)
    {
        var cleaned = text.Replace("€", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        // Dutch writes 1.250,50; a single dot followed by three digits is a thousands separator, otherwise a decimal point.
        if (cleaned.Contains(',', StringComparison.Ordinal))
        {
            cleaned = cleaned.Replace(".", "", StringComparison.Ordinal).Replace(',', '.');
        }
        else if (ThousandsDot().IsMatch(cleaned))
        {
            cleaned = cleaned.Replace(".", "", StringComparison.Ordinal);
        }
        return decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
               && amount >= 0 && amount <= MaxAmount && decimal.Round(amount, 2) == amount
            ? (amount.ToString("0.00", CultureInfo.InvariantCulture), null)
            : (text, new FieldError("ErrorAmount"));
    }

    private static (string, FieldError?) Url(string text)
    {
        var candidate = text.Contains("://", StringComparison.Ordinal) ? text : "https://" + text;
        return Uri.TryCreate(candidate, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Contains('.', StringComparison.Ordinal)
            ? (uri.ToString(), null)
            : (text, new FieldError("ErrorUrl"));
    }

    [GeneratedRegex(@"^[1-9]\d{0,4}(?:[ -]?[A-Za-z0-9]{1,6})?$", RegexOptions.CultureInvariant)]
    private static partial Regex HouseNumber();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9 -]{3,29}$", RegexOptions.CultureInvariant)]
    private static partial Regex FrameNumber();

    [GeneratedRegex(@"^\d{1,3}(?:\.\d{3})+$", RegexOptions.CultureInvariant)]
    private static partial Regex ThousandsDot();
}
