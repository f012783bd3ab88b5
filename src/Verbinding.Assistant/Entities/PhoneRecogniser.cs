using System.Text.RegularExpressions;
using PhoneNumbers;

namespace Verbinding.Assistant.Entities;

/// <summary>
/// Phone numbers, validated by libphonenumber with region NL: "06-12345678", "+31 6 1234 5678",
/// "0031 6 ...", "020-1234567". Value: E.164 ("+31612345678"). Dutch 0800/090x service numbers cannot
/// be dialled from abroad, so their E.164 form means nothing to a caller: they keep the national form
/// with the customary dash ("0900-8844").
/// </summary>
internal sealed partial class PhoneRecogniser : IEntityRecogniser
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    public void Collect(string text, DateOnly today, List<Candidate> found)
    {
        if (!text.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return;
        }

        foreach (var match in Pattern().EnumerateMatches(text))
        {
            var candidate = text.Substring(match.Index, match.Length).Replace("(0)", "", StringComparison.Ordinal);
            if (Normalise(candidate) is { } value)
            {
                found.Add(new Candidate(EntityKind.Phone, match.Index, match.Length, value, Specificity.Phone));
            }
        }
    }

    private static string? Normalise(string candidate)
    {
        PhoneNumber number;
        try
        {
            number = Util.Parse(candidate, "NL");
        }
        catch (NumberParseException)
        {
            return null;
        }

        if (!Util.IsValidNumber(number))
        {
            return null;
        }

        if (number.CountryCode == 31 && Util.GetNumberType(number) is PhoneNumberType.TOLL_FREE or PhoneNumberType.PREMIUM_RATE)
        {
            var national = number.NationalNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return "0" + national[..3] + "-" + national[3..];
        }

        return Util.Format(number, PhoneNumberFormat.E164);
    }

    [GeneratedRegex(
        @"(?<![\w+])(?:(?:\+|\b00)\s?[1-9]\d{0,2}(?:[\s.\-]?\(0\))?(?:[\s.\-/]?\(?\d\)?){6,12}|\b0(?:[\s.\-/]?\d){7,10})(?![\w])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
