using System.Security.Cryptography;
using System.Text;

namespace Verbinding.Web.Features.Referrals;

/// <summary>Secrets in links (citizen status page, partner steps) and readable references. Only hashes are stored.</summary>
public static class ReferralTokens
{
    private const string ReferenceAlphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    public static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static bool LooksValid(string? token) => token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    public static string NewReference() => "VW-" + RandomNumberGenerator.GetString(ReferenceAlphabet, 8);
}
