using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Verbinding.Web.Features.Citizens.DigidSimulator;

/// <summary>The simulated DigiD login: the tester picks a demo citizen or types a BSN and name.</summary>
[DigidSimulatorOnly]
[AllowAnonymous]
public sealed class LoginModel(IStringLocalizer<CitizenText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Bsn { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    public IReadOnlyList<DemoCitizen> Demo => DemoCitizens.All;

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostDemoAsync(string? demoBsn)
    {
        var person = DemoCitizens.All.FirstOrDefault(p => p.Bsn == demoBsn);
        if (person is null)
        {
            return Task.FromResult<IActionResult>(Page());
        }
        Bsn = person.Bsn;
        Name = person.Name;
        return OnPostAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!Citizens.Bsn.TryParse(Bsn, out var bsn))
        {
            ModelState.AddModelError(nameof(Bsn), text["BsnInvalid"]);
        }
        if (string.IsNullOrWhiteSpace(Name))
        {
            ModelState.AddModelError(nameof(Name), text["NameRequired"]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var identity = new ClaimsIdentity(
            [new Claim(Claims.Subject, bsn.Value), new Claim(Claims.Name, Name!.Trim())], DigidSimulatorDefaults.LoginScheme);
        await HttpContext.SignInAsync(DigidSimulatorDefaults.LoginScheme, new ClaimsPrincipal(identity));
        return LocalRedirect(ContinuesAuthorization(ReturnUrl) ? ReturnUrl! : CitizenAuthentication.SignInPath);
    }

    // Only ever go back to our own authorize endpoint: anything else would make this page an open redirect.
    private static bool ContinuesAuthorization(string? returnUrl) =>
        LocalReturnUrl.IsLocal(returnUrl)
        && returnUrl!.StartsWith(DigidSimulatorDefaults.AuthorizePath + "?", StringComparison.Ordinal);
}
