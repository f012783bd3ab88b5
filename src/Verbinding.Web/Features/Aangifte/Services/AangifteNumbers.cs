using System.Globalization;
using System.Security.Cryptography;

namespace Verbinding.Web.Features.Aangifte;

/// <summary>
/// Numbers people read aloud and type: no 0/O or 1/I in codes. Random (not sequential), so a number reveals nothing
/// about volumes and cannot be guessed from a neighbour's; uniqueness is enforced by the database.
/// </summary>
public static class AangifteNumbers
{
    private const string CodeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>The receipt number shown at once: "ONL-20261201-7KX4QP".</summary>
    public static string Receipt(DateTimeOffset localNow) =>
        $"ONL-{localNow.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}-{Code(6)}";

    /// <summary>The official registration number issued on approval: "PL2026-48213907".</summary>
    public static string Registration(DateTimeOffset localNow) =>
        $"PL{localNow.Year.ToString(CultureInfo.InvariantCulture)}-{RandomNumberGenerator.GetInt32(10_000_000, 100_000_000).ToString(CultureInfo.InvariantCulture)}";

    /// <summary>What an insurer types next to the registration number: "K7QP-4XMR".</summary>
    public static string VerificationCode() => $"{Code(4)}-{Code(4)}";

    /// <summary>Upper case, spaces and dashes removed, so "k7qp 4xmr" matches "K7QP-4XMR".</summary>
    public static string NormalizeCode(string? code) =>
        new((code ?? "").Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant).ToArray());

    private static string Code(int length) =>
        string.Create(length, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = CodeAlphabet[RandomNumberGenerator.GetInt32(CodeAlphabet.Length)];
            }
        });
}

/// <summary>
/// Where the services draw new numbers; random by <see cref="AangifteNumbers"/>. A seam so tests can make a draw hit a
/// number already issued (the retry on a taken number is otherwise too rare to see).
/// </summary>
public class AangifteNumberSource
{
    /// <summary>Draws a number of a new kind at most this many times before the conflict is reported.</summary>
    public const int MaxDraws = 3;

    public virtual string Receipt(DateTimeOffset localNow) => AangifteNumbers.Receipt(localNow);

    public virtual string Registration(DateTimeOffset localNow) => AangifteNumbers.Registration(localNow);

    public virtual string VerificationCode() => AangifteNumbers.VerificationCode();
}
