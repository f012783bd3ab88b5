using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Staff.Tokens;

public sealed record NewToken(Guid Id, string Secret);

/// <summary>Creates, lists, revokes and resolves personal access tokens.</summary>
public sealed class TokenService(VerbindingDbContext db, TimeProvider time)
{
    public const string SecretPrefix = "vbd_";

    public async Task<NewToken> CreateAsync(string staffUserId, string name, IEnumerable<string> scopes, int days, CancellationToken ct)
    {
        var secret = SecretPrefix + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var now = time.GetUtcNow();
        var token = new PersonalAccessToken
        {
            Id = Guid.CreateVersion7(now),
            StaffUserId = staffUserId,
            Name = name.Trim(),
            Scopes = string.Join(' ', scopes.Where(ApiScopes.All.Contains).Distinct().Order(StringComparer.Ordinal)),
            TokenHash = Hash(secret),
            Prefix = secret[..12],
            CreatedAt = now,
            ExpiresAt = now.AddDays(days),
        };
        db.Add(token);
        await db.SaveChangesAsync(ct);
        return new NewToken(token.Id, secret);
    }

    public Task<List<PersonalAccessToken>> ListAsync(string staffUserId, CancellationToken ct) =>
        db.Set<PersonalAccessToken>().AsNoTracking().Where(t => t.StaffUserId == staffUserId)
            .OrderByDescending(t => t.CreatedAt).ToListAsync(ct);

    public async Task<bool> RevokeAsync(string staffUserId, Guid id, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        return await db.Set<PersonalAccessToken>()
            .Where(t => t.Id == id && t.StaffUserId == staffUserId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), ct) == 1;
    }

    /// <summary>The active token for a presented secret, or null when unknown, revoked or expired.</summary>
    public async Task<PersonalAccessToken?> ResolveAsync(string secret, CancellationToken ct)
    {
        if (!secret.StartsWith(SecretPrefix, StringComparison.Ordinal) || secret.Length > 100)
        {
            return null;
        }
        var hash = Hash(secret);
        var token = await db.Set<PersonalAccessToken>().AsNoTracking().FirstOrDefaultAsync(t => t.TokenHash == hash, ct);
        var now = time.GetUtcNow();
        if (token is null || token.RevokedAt is not null || token.ExpiresAt <= now)
        {
            return null;
        }
        await db.Set<PersonalAccessToken>().Where(t => t.Id == token.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), ct);
        return token;
    }

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
