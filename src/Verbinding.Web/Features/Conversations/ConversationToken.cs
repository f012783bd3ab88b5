using System.Security.Cryptography;
using System.Text;

namespace Verbinding.Web.Features.Conversations;

/// <summary>
/// The citizen's capability for one conversation: 256 random bits, shown once, stored only as a SHA-256 hash.
/// A plain hash (no salt, no stretching) is enough because the token is random, not a password.
/// </summary>
public static class ConversationToken
{
    public static string Create() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static bool Matches(string? token, string storedHash) =>
        !string.IsNullOrEmpty(token) && token.Length <= 128
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(token)), Encoding.ASCII.GetBytes(storedHash));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
