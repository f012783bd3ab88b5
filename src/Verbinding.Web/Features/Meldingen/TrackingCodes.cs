using System.Security.Cryptography;
using System.Text;

namespace Verbinding.Web.Features.Meldingen;

/// <summary>
/// The code that, with the reference, lets a reporter follow a melding without an account. 60 random bits from an
/// alphabet without look-alikes (no 0/O, 1/I/L); only its SHA-256 is stored, and comparisons take constant time.
/// </summary>
public static class TrackingCodes
{
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private const int Length = 12;

    /// <summary>Formatted in groups of four: "K7QM-3XTA-9PWR".</summary>
    public static string New()
    {
        var chars = new char[Length];
        for (var i = 0; i < Length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }
        var code = new string(chars);
        return $"{code[..4]}-{code[4..8]}-{code[8..]}";
    }

    public static string Hash(string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(code))));

    /// <summary>True when <paramref name="code"/> hashes to <paramref name="storedHash"/>; the time taken does not depend on how much matched.</summary>
    public static bool Matches(string? code, string storedHash)
    {
        var actual = Encoding.ASCII.GetBytes(Hash(code ?? ""));
        var expected = Encoding.ASCII.GetBytes(storedHash);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    /// <summary>Typing tolerance: case, spaces and dashes do not matter.</summary>
    private static string Normalize(string code)
    {
        var builder = new StringBuilder(code.Length);
        foreach (var c in code)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }
        return builder.ToString();
    }
}
