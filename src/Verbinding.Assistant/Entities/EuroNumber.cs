using System.Globalization;

namespace Verbinding.Assistant.Entities;

/// <summary>
/// Reads "1.250", "900,50", "1.250,00" and English "1,250.50": the last separator is the decimal mark
/// only when one or two digits follow it; otherwise separators group thousands.
/// </summary>
internal static class EuroNumber
{
    public static bool TryParse(ReadOnlySpan<char> number, out decimal amount)
    {
        Span<char> digits = stackalloc char[number.Length];
        var length = 0;
        var lastSeparator = number.LastIndexOfAny('.', ',');
        var decimalAt = lastSeparator >= 0 && number.Length - lastSeparator - 1 is 1 or 2 ? lastSeparator : -1;
        for (var i = 0; i < number.Length; i++)
        {
            if (char.IsAsciiDigit(number[i]))
            {
                digits[length++] = number[i];
            }
            else if (i == decimalAt)
            {
                digits[length++] = '.';
            }
        }

        return decimal.TryParse(digits[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount)
            && amount > 0;
    }
}
