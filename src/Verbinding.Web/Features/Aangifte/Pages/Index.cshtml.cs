using Microsoft.Extensions.Localization;

namespace Verbinding.Web.Features.Aangifte.Pages;

public sealed class IndexModel(AangifteTypeCatalog catalog, IStringLocalizer<AangifteText> text) : AangiftePage(text)
{
    public IReadOnlyList<AangifteType> Types => catalog.Types.OrderByDescending(t => t.OnlineAllowed).ToList();

    public void OnGet()
    {
    }
}
