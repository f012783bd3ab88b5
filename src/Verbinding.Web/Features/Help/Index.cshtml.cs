using Microsoft.AspNetCore.Mvc.RazorPages;
using Verbinding.Web.Infrastructure.Localization;

namespace Verbinding.Web.Features.Help;

public sealed class IndexModel : PageModel
{
    public IReadOnlyList<Partner> Partners { get; private set; } = [];

    public bool English { get; private set; }

    public void OnGet()
    {
        Partners = PartnerDirectory.All;
        English = SiteCultures.IsEnglish;
    }
}
