using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Meldingen;

/// <summary>What anyone holding the reference and tracking code may see: no description, no contact, no other reporters.</summary>
public sealed record MeldingPublicStatus(
    string Reference, string Category, LocalText CategoryTitle, string Status, LocalText StatusText,
    DateTimeOffset SubmittedAt, string Basisteam, string? Outcome, LocalText? OutcomeText, DateTimeOffset? OutcomeAt);

public sealed class MeldingTracking(VerbindingDbContext db, MeldingCatalog catalog)
{
    /// <summary>Null both for an unknown reference and for a wrong code, so the answer does not reveal which references exist.</summary>
    public async Task<MeldingPublicStatus?> FindAsync(string? reference, string? trackingCode, CancellationToken ct)
    {
        if (!MeldingReferences.LooksValid(reference) || string.IsNullOrWhiteSpace(trackingCode))
        {
            return null;
        }
        var row = await db.Set<Melding>().AsNoTracking()
            .Where(m => m.Reference == reference!.Trim().ToUpperInvariant())
            .Select(m => new { m.Reference, m.TrackingCodeHash, m.CategoryId, m.Status, m.SubmittedAt, m.BasisteamId, m.OutcomeId, m.OutcomeAt })
            .FirstOrDefaultAsync(ct);
        // Hash the code even when the reference is unknown, so timing does not reveal it either.
        var matches = TrackingCodes.Matches(trackingCode, row?.TrackingCodeHash ?? new string('0', 64));
        if (row is null || !matches)
        {
            return null;
        }
        var basisteam = await db.Set<Organisation.Basisteam>().AsNoTracking().Where(b => b.Id == row.BasisteamId).Select(b => b.Name).FirstAsync(ct);
        var category = catalog.Find(row.CategoryId);
        var status = row.Status == MeldingStatus.Handled ? "handled" : "received";
        return new MeldingPublicStatus(
            row.Reference, row.CategoryId, category?.Title ?? new LocalText(row.CategoryId, row.CategoryId), status,
            MeldingTexts.Get(row.Status == MeldingStatus.Handled ? "StatusHandled" : "StatusReceived"),
            row.SubmittedAt, basisteam, row.OutcomeId, catalog.FindOutcome(row.OutcomeId)?.Text, row.OutcomeAt);
    }
}
