using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Help;
using Verbinding.Web.Features.Referrals;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Meldingen.Pages;

/// <summary>
/// After sending: the reference and the tracking link. Kept in TempData so a refresh still shows them. Where a partner
/// can help with the matter itself (<see cref="MeldingHandover"/>), the warm handover is offered with the melding as source.
/// </summary>
public sealed class ConfirmationModel(VerbindingDbContext db, ReferralPartners partners) : PageModel
{
    public string? Reference { get; private set; }

    public string? Code { get; private set; }

    public string? Basisteam { get; private set; }

    public Partner? Handover { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Reference = TempData.Peek(IndexModel.ReferenceKey) as string;
        Code = TempData.Peek(IndexModel.CodeKey) as string;
        Basisteam = TempData.Peek(IndexModel.BasisteamKey) as string;
        if (Reference is not null)
        {
            var category = await db.Set<Melding>().Where(m => m.Reference == Reference).Select(m => m.CategoryId).FirstOrDefaultAsync(ct);
            Handover = partners.Find(MeldingHandover.PartnerFor(category)) is { } partner && partners.AcceptsWarmHandover(partner) ? partner : null;
        }
    }
}
