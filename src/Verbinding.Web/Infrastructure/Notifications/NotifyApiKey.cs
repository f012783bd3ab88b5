using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Verbinding.Web.Infrastructure.Notifications;

/// <summary>
/// A GOV.UK Notify API key ("{name}-{service id}-{secret}", the last two UUIDs) and the short-lived bearer token the
/// API wants on every request: a JWT signed with the secret (HS256), issuer the service id, issued-at now (the
/// API refuses tokens more than 30 seconds old).
/// </summary>
public sealed class NotifyApiKey
{
    private const int UuidLength = 36;
    private static readonly JsonWebTokenHandler Tokens = new() { SetDefaultTimesOnTokenCreation = false };

    private readonly SigningCredentials _signing;

    public NotifyApiKey(string apiKey)
    {
        if (apiKey.Length < 2 * UuidLength + 1 || !Guid.TryParse(apiKey[^UuidLength..], out _) || !Guid.TryParse(apiKey[^(2 * UuidLength + 1)..^(UuidLength + 1)], out _))
        {
            throw new ArgumentException("Not a Notify API key: it ends in the service id and the secret, two UUIDs.", nameof(apiKey));
        }
        ServiceId = apiKey[^(2 * UuidLength + 1)..^(UuidLength + 1)];
        _signing = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(apiKey[^UuidLength..])), SecurityAlgorithms.HmacSha256);
    }

    public string ServiceId { get; }

    public string BearerToken(DateTimeOffset now) => Tokens.CreateToken(new SecurityTokenDescriptor
    {
        Issuer = ServiceId,
        IssuedAt = now.UtcDateTime,
        SigningCredentials = _signing,
    });
}
