using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Aangifte;

/// <summary>What an insurer learns from a matching pair: that it exists, the offence type and the date. Nothing personal.</summary>
public sealed record VerificationResult(string TypeId, DateOnly RegisteredOn);

public sealed class VerificationService(VerbindingDbContext db, AuditTrail audit)
{
    public async Task<VerificationResult?> VerifyAsync(string? registrationNumber, string? code, CancellationToken ct = default)
    {
        var number = (registrationNumber ?? "").Trim().ToUpperInvariant();
        var given = AangifteNumbers.NormalizeCode(code);
        if (number.Length is 0 or > 24 || given.Length != 8)
        {
            return null;
        }
        var found = await db.Set<SubmittedAangifte>().AsNoTracking()
            .Where(a => a.RegistrationNumber == number && a.Status == AangifteStatus.Geregistreerd)
            .Select(a => new { a.Id, a.TypeId, a.VerificationCode, a.DecidedAt })
            .SingleOrDefaultAsync(ct);
        var stored = AangifteNumbers.NormalizeCode(found?.VerificationCode);
        var matches = found is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(stored), Encoding.ASCII.GetBytes(given));
        await audit.RecordAsync(new AuditEvent(matches ? "aangifte.verify.match" : "aangifte.verify.no-match", "Aangifte", matches ? found!.Id.ToString() : null, "insurer-verification"), ct);
        return matches
            ? new VerificationResult(found!.TypeId, DateOnly.FromDateTime(Infrastructure.Web.DutchTime.ToLocal(found.DecidedAt!.Value).DateTime))
            : null;
    }
}
