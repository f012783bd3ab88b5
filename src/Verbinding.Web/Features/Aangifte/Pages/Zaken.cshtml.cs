using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;
using Verbinding.Web.Features.Citizens;

namespace Verbinding.Web.Features.Aangifte.Pages;

[Authorize(Policy = CitizenAuthentication.Policy)]
public sealed class ZakenModel(AangifteService aangiftes, AangifteTypeCatalog catalog, CurrentCitizen citizen, IStringLocalizer<AangifteText> text) : AangiftePage(text)
{
    public List<AangifteDraft> Drafts { get; private set; } = [];

    public List<SubmittedAangifte> Aangiftes { get; private set; } = [];

    public string TypeTitle(string id) => catalog.Find(id)?.Title.For(Language) ?? id;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Drafts = await aangiftes.OpenDraftsAsync(citizen.Bsn!.Value, ct);
        Aangiftes = await aangiftes.MineAsync(citizen.Bsn!.Value, ct);
    }
}
