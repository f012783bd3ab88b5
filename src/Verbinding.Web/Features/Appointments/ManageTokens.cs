using System.Security.Cryptography;
using System.Text;

namespace Verbinding.Web.Features.Appointments;

/// <summary>
/// The secret in the manage link of the e-mail: whoever has the link may move or cancel. Only its SHA-256 is stored,
/// so a copy of the database does not hand out working links. References are short and readable (no 0/O, 1/I).
/// </summary>
public static class ManageTokens
{
    private const string ReferenceAlphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    public static string NewToken() => Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static bool LooksValid(string? token) => token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    public static string NewReference() => "AF-" + RandomNumberGenerator.GetString(ReferenceAlphabet, 8);

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
