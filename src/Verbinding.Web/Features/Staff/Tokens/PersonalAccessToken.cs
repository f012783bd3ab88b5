namespace Verbinding.Web.Features.Staff.Tokens;

/// <summary>A revocable API credential of a staff member. Only a SHA-256 hash of the secret is stored.</summary>
public sealed class PersonalAccessToken
{
    public Guid Id { get; set; }

    public required string StaffUserId { get; set; }

    public required string Name { get; set; }

    /// <summary>Space-separated scopes, e.g. "monitor:read audit:read".</summary>
    public required string Scopes { get; set; }

    public required string TokenHash { get; set; }

    /// <summary>The first characters of the token, shown so people can tell tokens apart.</summary>
    public required string Prefix { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }
}
