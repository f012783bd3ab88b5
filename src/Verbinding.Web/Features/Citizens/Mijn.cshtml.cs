using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Verbinding.Web.Features.Citizens;

[Authorize(Policy = CitizenAuthentication.Policy)]
public sealed class MijnModel(CurrentCitizen citizen) : PageModel
{
    public string Name => citizen.Name ?? "";

    public string MaskedBsn => citizen.Bsn?.Masked ?? "";
}
