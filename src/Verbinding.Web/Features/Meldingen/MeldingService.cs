using Verbinding.Web.Infrastructure.Web;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Meldingen;

/// <summary>
/// Takes in a melding from any channel (API, form, Wout): the 112 rule first, then validation, routing to the basisteam
/// of the municipality, bundling with earlier meldingen about the same place, a reference and a tracking code.
/// </summary>
public sealed class MeldingService(
    VerbindingDbContext db,
    MeldingValidator validator,
    MeldingCatalog catalog,
    MeldingReferences references,
    TimeProvider time,
    AuditTrail audit,
    IDataProtectionProvider protection,
    IOptions<MeldingenOptions> options)
{
    private const int MaxAttempts = 5;

    private ITimeLimitedDataProtector Replay =>
        protection.CreateProtector("Verbinding.Meldingen.TrackingCodeReplay").ToTimeLimitedDataProtector();

    public async Task<MeldingSubmitResult> SubmitAsync(MeldingSubmission submission, CancellationToken ct = default)
    {
        // Safety before anything else: a possibly dangerous situation that is happening now is not a routine melding.
        if (submission.HappeningNow && catalog.Find(submission.Category) is { DangerousWhenNow: true })
        {
            return new MeldingSubmitResult.Spoed112(MeldingTexts.Get("Spoed112Message"));
        }
        var key = string.IsNullOrWhiteSpace(submission.IdempotencyKey) ? null : StorableText.Strip(submission.IdempotencyKey).Trim();
        if (key is { Length: > MeldingLimits.IdempotencyKey })
        {
            return new MeldingSubmitResult.Invalid([new MeldingError("idempotencyKey", MeldingTexts.Get("ErrorTooLong", MeldingLimits.IdempotencyKey))]);
        }
        if (key is not null && await RepeatedAsync(key, ct) is { } repeated)
        {
            return repeated;
        }
        var now = time.GetUtcNow();
        var (valid, errors) = validator.Validate(submission, now);
        if (valid is null)
        {
            return new MeldingSubmitResult.Invalid(errors);
        }

        var code = TrackingCodes.New();
        var melding = NewMelding(valid, submission, key, code, now);
        melding.Bundle = await BundleForAsync(valid, now, ct);
        db.Add(melding);
        for (var attempt = 1; ; attempt++)
        {
            melding.Reference = await references.NextAsync(now, ct);
            try
            {
                await db.SaveChangesAsync(ct);
                break;
            }
            catch (DbUpdateException) when (key is not null || attempt < MaxAttempts)
            {
                if (key is not null && await RepeatedAsync(key, ct) is { } winner)
                {
                    // A parallel double submit won the race; answer as it was answered.
                    db.ChangeTracker.Clear();
                    return winner;
                }
                if (attempt >= MaxAttempts)
                {
                    throw;
                }
                // Otherwise another node took this reference number: take the next one.
            }
        }
        await audit.RecordAsync(new AuditEvent("melding.created", nameof(Melding), melding.Reference, "melding-intake"), ct);
        return new MeldingSubmitResult.Registered(melding.Reference, code, valid.Place.Basisteam.Name, valid.Place.Eenheid.Name, Repeated: false);
    }

    private Melding NewMelding(ValidMelding valid, MeldingSubmission submission, string? key, string code, DateTimeOffset now) => new()
    {
        Reference = "",
        TrackingCodeHash = TrackingCodes.Hash(code),
        CategoryId = valid.Category.Id,
        Description = valid.Description,
        AnswersJson = valid.Answers.Count == 0 ? null : JsonSerializer.Serialize(valid.Answers),
        MunicipalityCode = valid.Place.Municipality.Code,
        Street = valid.Street,
        HouseNumber = valid.HouseNumber,
        Postcode = valid.Postcode,
        PostcodeArea = valid.Postcode is { } pc ? Postcodes.Area(pc) : null,
        PlaceDescription = valid.PlaceDescription,
        EenheidId = valid.Place.Eenheid.Id,
        BasisteamId = valid.Place.Basisteam.Id,
        OccurredAt = valid.OccurredAt,
        SubmittedAt = now,
        Language = valid.Language,
        Channel = submission.Channel,
        ContactName = valid.Contact?.Name,
        ContactEmail = valid.Contact?.Email,
        ContactPhone = valid.Contact?.Phone,
        CitizenId = valid.Contact is null ? null : submission.CitizenId,
        IdempotencyKey = key,
        ReplayTrackingCode = key is null ? null : Replay.Protect(code, TimeSpan.FromHours(options.Value.ReplayHours)),
        Status = MeldingStatus.Received,
    };

    private async Task<MeldingBundle> BundleForAsync(ValidMelding valid, DateTimeOffset now, CancellationToken ct)
    {
        var locationKey = BundleKeys.For(valid.Place.Municipality.Code, valid.Street, valid.HouseNumber, valid.Postcode);
        var windowStart = now.AddDays(-options.Value.BundleWindowDays);
        var bundle = locationKey is null ? null : await db.Set<MeldingBundle>()
            .Where(b => b.LocationKey == locationKey && b.CategoryId == valid.Category.Id && b.FirstAt >= windowStart)
            .OrderByDescending(b => b.FirstAt)
            .FirstOrDefaultAsync(ct);
        if (bundle is null)
        {
            bundle = new MeldingBundle
            {
                LocationKey = locationKey,
                Label = BundleLabel(valid),
                CategoryId = valid.Category.Id,
                EenheidId = valid.Place.Eenheid.Id,
                BasisteamId = valid.Place.Basisteam.Id,
                FirstAt = now,
            };
            db.Add(bundle);
        }
        bundle.LastAt = now;
        bundle.Count++;
        return bundle;
    }

    private static string BundleLabel(ValidMelding valid)
    {
        var municipality = valid.Place.Municipality.Name;
        return (valid.Street, valid.HouseNumber, valid.Postcode) switch
        {
            ({ } street, { } number, _) => $"{street} {number}, {municipality}",
            ({ } street, null, _) => $"{street}, {municipality}",
            (null, { } number, { } postcode) => $"{postcode} {number}, {municipality}",
            _ => municipality,
        };
    }

    private async Task<MeldingSubmitResult.Registered?> RepeatedAsync(string key, CancellationToken ct)
    {
        var earlier = await db.Set<Melding>().AsNoTracking()
            .Where(m => m.IdempotencyKey == key)
            .Select(m => new { m.Reference, m.ReplayTrackingCode, m.BasisteamId, m.EenheidId })
            .FirstOrDefaultAsync(ct);
        if (earlier is null)
        {
            return null;
        }
        string? code = null;
        try
        {
            code = earlier.ReplayTrackingCode is null ? null : Replay.Unprotect(earlier.ReplayTrackingCode);
        }
        catch (CryptographicException)
        {
            // Past the replay window: the reporter had the code in the first answer.
        }
        var basisteam = await db.Set<Organisation.Basisteam>().AsNoTracking().Where(b => b.Id == earlier.BasisteamId).Select(b => b.Name).FirstAsync(ct);
        var eenheid = await db.Set<Organisation.Eenheid>().AsNoTracking().Where(e => e.Id == earlier.EenheidId).Select(e => e.Name).FirstAsync(ct);
        return new MeldingSubmitResult.Registered(earlier.Reference, code, basisteam, eenheid, Repeated: true);
    }
}
