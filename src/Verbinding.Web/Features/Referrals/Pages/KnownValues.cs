using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Aangifte;
using Verbinding.Web.Features.Citizens;
using Verbinding.Web.Features.Meldingen;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Referrals.Pages;

/// <summary>What we already know about the citizen for this handover, and the case it belongs to.</summary>
public sealed record KnownValues(IReadOnlyDictionary<string, string?> Values, string? CitizenBsn, Guid? AangifteId, string? EenheidId)
{
    public static readonly KnownValues None = new(new Dictionary<string, string?>(), null, null, null);

    /// <summary>
    /// A DigiD sign-in gives the name; an aangifte of the citizen's own gives the contact details and the case number.
    /// Another citizen's aangifte id gives nothing (the page then knows no case at all). A melding gives its contact
    /// details only to the browser that just sent it (<paramref name="justSentMelding"/>, from the confirmation's TempData):
    /// a melding reference alone is no proof of being its reporter.
    /// </summary>
    public static async Task<KnownValues> LoadAsync(HttpContext http, AangifteService aangiftes, VerbindingDbContext db, ReferralSource source, string? sourceId,
        string? justSentMelding, CancellationToken ct)
    {
        var signIn = await http.AuthenticateAsync(CitizenAuthentication.CookieScheme);
        Citizens.Bsn? signedIn = signIn.Succeeded && Citizens.Bsn.TryParse(signIn.Principal!.FindFirst(CitizenAuthentication.BsnClaim)?.Value, out var parsed) ? parsed : null;
        var values = new Dictionary<string, string?> { [ConsentItems.Name] = signIn.Principal?.FindFirst(CitizenAuthentication.NameClaim)?.Value };
        if (source == ReferralSource.Melding && sourceId is not null && string.Equals(sourceId, justSentMelding, StringComparison.Ordinal)
            && await db.Set<Melding>().AsNoTracking().FirstOrDefaultAsync(m => m.Reference == sourceId, ct) is { } melding)
        {
            values[ConsentItems.Name] = melding.ContactName ?? values[ConsentItems.Name];
            values[ConsentItems.Phone] = melding.ContactPhone;
            values[ConsentItems.Email] = melding.ContactEmail;
            values[ConsentItems.CaseReference] = melding.Reference;
            return new KnownValues(values, signedIn?.Value, null, melding.EenheidId);
        }
        if (signedIn is not { } bsn)
        {
            return None;
        }
        if (source == ReferralSource.Aangifte && Guid.TryParse(sourceId, out var id) && await aangiftes.FindMineAsync(bsn, id, ct) is { } aangifte)
        {
            values[ConsentItems.Phone] = aangifte.Contact.Phone;
            values[ConsentItems.Email] = aangifte.Contact.Email;
            values[ConsentItems.Address] = aangifte.Postcode is null ? null : $"{aangifte.Postcode} {aangifte.HouseNumber}".Trim();
            values[ConsentItems.CaseReference] = aangifte.RegistrationNumber ?? aangifte.ReceiptNumber;
            return new KnownValues(values, bsn.Value, aangifte.Id, aangifte.EenheidId);
        }
        return new KnownValues(values, bsn.Value, null, null);
    }
}
