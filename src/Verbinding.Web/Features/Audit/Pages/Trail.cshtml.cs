using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Audit.Pages;

[Authorize(Policy = StaffPolicies.Supervisor)]
public sealed class TrailModel(VerbindingDbContext db, AuditTrail audit) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Actor { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Entity { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public AuditPage Result { get; private set; } = new([], 1, 1, 0);

    public AuditVerification? Chain { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = StaffScope.From(User);
        Result = await AuditQuery.ListAsync(db.Set<AuditEntry>(), scope, new AuditFilter(Actor, Entity, Action, From, To, PageNumber), ct);
        if (scope.IsNational)
        {
            Chain = await AuditQuery.VerifyAsync(db.Set<AuditEntry>(), ct);
        }
        await audit.RecordAsync(new AuditEvent("read", "AuditTrail", null, "supervision"), ct);
    }

    public string PageLink(int page) => Url.Page("Trail", new { Actor, Entity, Action, From, To, p = page })!;
}
