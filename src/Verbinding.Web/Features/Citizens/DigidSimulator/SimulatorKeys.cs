using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Verbinding.Web.Features.Citizens.DigidSimulator;

/// <summary>
/// The simulator's token keys, made once per process and kept in memory only (as OpenIddict's ephemeral keys are).
/// Generating two RSA keys was most of the CPU of every host's first request, and a test run starts hundreds of hosts.
/// </summary>
internal static class SimulatorKeys
{
    private static readonly Lazy<RsaSecurityKey> SigningKey = new(() => Create("simulator-signing"));

    private static readonly Lazy<RsaSecurityKey> EncryptionKey = new(() => Create("simulator-encryption"));

    public static RsaSecurityKey Signing => SigningKey.Value;

    public static RsaSecurityKey Encryption => EncryptionKey.Value;

    private static RsaSecurityKey Create(string purpose) =>
        new(RSA.Create(2048)) { KeyId = $"{purpose}-{Convert.ToHexString(RandomNumberGenerator.GetBytes(8))}" };
}
