using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using System.Security.Claims;

namespace Verbinding.Web.Features.Staff.Pages;

[Authorize(Policy = StaffPolicies.Staff)]
public sealed class IndexModel : PageModel
{
    public StaffScope Scope { get; private set; } = null!;

    public string Name { get; private set; } = "";

    public IReadOnlyList<string> Roles { get; private set; } = [];

    public void OnGet()
    {
        Scope = StaffScope.From(User);
        Name = User.FindFirstValue("name") ?? User.Identity!.Name!;
        Roles = User.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
    }
}
