using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Features.Organisation;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Infrastructure.Data;
using Verbinding.Web.Infrastructure.Web;

namespace Verbinding.Web.Features.Appointments.Staff;

/// <summary>A bureau's appointments of one day, for the bureaus of the colleague's own unit (all units when national).</summary>
[Authorize(Policy = StaffPolicies.Staff, Roles = AppointmentStaffRoles.Agenda)]
public sealed class AgendaModel(VerbindingDbContext db, TimeProvider time, AuditTrail audit) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Bureau { get; set; }
    [BindProperty(SupportsGet = true)] public string? Dag { get; set; }

    public IReadOnlyList<Bureau> Bureaus { get; private set; } = [];
    public IReadOnlyList<Appointment> Appointments { get; private set; } = [];
    public DateOnly Day { get; private set; }
    public Bureau? Selected { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = StaffScope.From(User);
        var teams = db.Set<Basisteam>().Where(t => scope.IsNational || t.EenheidId == scope.EenheidId).Select(t => t.Id);
        Bureaus = await db.Set<Bureau>().AsNoTracking().Where(b => teams.Contains(b.BasisteamId))
            .OrderBy(b => b.Address.City).ThenBy(b => b.Name).ToListAsync(ct);
        Day = Pages.BookingSteps.ParseDay(Dag) ?? DateOnly.FromDateTime(DutchTime.ToLocal(time.GetUtcNow()).DateTime);
        Selected = Bureaus.FirstOrDefault(b => b.Id == Bureau) ?? Bureaus.FirstOrDefault();
        if (Selected is null)
        {
            return;
        }
        var (from, to) = LocalDay.Bounds(Day);
        Appointments = await db.Set<Appointment>().AsNoTracking()
            .Where(a => a.BureauId == Selected.Id && a.Status == AppointmentStatus.Booked && a.Start >= from && a.Start < to)
            .OrderBy(a => a.Start).ToListAsync(ct);
        await audit.RecordAsync(new AuditEvent("read", "AppointmentAgenda", $"{Selected.Id}:{Pages.BookingSteps.DayValue(Day)}", "appointments"), ct);
    }
}
