using System.Diagnostics.CodeAnalysis;

namespace Verbinding.Web.Features.Citizens;

/// <summary>
/// A burgerservicenummer: nine digits that pass the elfproef. Personal data, so <see cref="ToString"/>
/// returns the masked form: a BSN that slips into a log line or a page by accident stays unreadable.
/// </summary>
public readonly record struct Bsn
{
    private static readonly int[] Weights = [9, 8, 7, 6, 5, 4, 3, 2, -1];

    private Bsn(string value) => Value = value;

    /// <summary>The nine digits. Use only where the full number is truly needed.</summary>
    public string Value { get; }

    /// <summary>Only the last four digits, as on Dutch government sites: <c>*****0019</c>.</summary>
    public string Masked => "*****" + Value[^4..];

    public static bool TryParse([NotNullWhen(true)] string? input, out Bsn bsn)
    {
        bsn = default;
        // People type spaces and dots when they copy a BSN from a letter.
        var digits = input?.Replace(" ", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);
        if (digits is null || !PassesElfproef(digits))
        {
            return false;
        }
        bsn = new Bsn(digits);
        return true;
    }

    public static bool PassesElfproef(string digits)
    {
        if (digits.Length != 9 || !digits.All(char.IsAsciiDigit) || digits == "000000000")
        {
            return false;
        }
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (digits[i] - '0') * Weights[i];
        }
        return sum % 11 == 0;
    }

    public override string ToString() => Value is null ? "" : Masked;
}
