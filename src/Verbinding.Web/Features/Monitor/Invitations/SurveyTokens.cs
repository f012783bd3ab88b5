using System.Security.Cryptography;
using System.Text;

namespace Verbinding.Web.Features.Monitor.Invitations;

/// <summary>Survey tokens: 256 random bits in the link; only their SHA-256 is stored, so a database copy opens no survey.</summary>
public static class SurveyTokens
{
    public static string NewToken() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static string CitizenKeyHash(string citizenKey, string secret) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(citizenKey.Trim())));

    public static string Path(string token) => "/tevredenheid/" + token;

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
