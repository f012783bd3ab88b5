using Microsoft.AspNetCore.Authentication;
using Verbinding.Web.Features.Aangifte;
using Verbinding.Web.Features.Citizens;

namespace Verbinding.Web.Features.Referrals.Pages;

/// <summary>What we already know about the citizen for this handover, and the case it belongs to.</summary>
public sealed record KnownValues(IReadOnlyDictionary<string, string?> Values, string? CitizenBsn, Guid? AangifteId, string? EenheidId)
{
    public static readonly KnownValues None = new(new Dictionary<string, string?>(), null, null, null);

    /// <summary>
    /// A DigiD sign-in gives the name; an aangifte of the citizen's own gives the contact details and the case number.
    /// Another citizen's aangifte id gives nothing (the page then knows no case at all).
    /// </summary>
    public static async Task<KnownValues> LoadAsync(HttpContext http, AangifteService aangiftes, ReferralSource source, string? sourceId, CancellationToken ct)
    {
        var signIn = await http.AuthenticateAsync(CitizenAuthentication.CookieScheme);
        if (!signIn.Succeeded || !Citizens.Bsn.TryParse(signIn.Principal!.FindFirst(CitizenAuthentication.BsnClaim)?.Value, out var bsn))
        {
            return None;
        }
        var values = new Dictionary<string, string?> { [ConsentItems.Name] = signIn.Principal.FindFirst(CitizenAuthentication.NameClaim)?.Value };
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
