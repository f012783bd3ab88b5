using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Infrastructure.Data;
using Verbinding.Web.Infrastructure.Web;

namespace Verbinding.Web.Features.Appointments.Staff;

/// <summary>The call-backs of one day for the colleague's unit (the municipality the citizen gave decides the unit).</summary>
[Authorize(Policy = StaffPolicies.Staff, Roles = AppointmentStaffRoles.CallBacks)]
public sealed class CallBacksModel(VerbindingDbContext db, TimeProvider time, AuditTrail audit) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Dag { get; set; }

    public IReadOnlyList<Appointment> Appointments { get; private set; } = [];
    public DateOnly Day { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = StaffScope.From(User);
        Day = Pages.BookingSteps.ParseDay(Dag) ?? DateOnly.FromDateTime(DutchTime.ToLocal(time.GetUtcNow()).DateTime);
        var (from, to) = LocalDay.Bounds(Day);
        Appointments = await db.Set<Appointment>().AsNoTracking()
            .Where(a => a.Kind == AppointmentKind.CallBack && a.Status == AppointmentStatus.Booked && a.Start >= from && a.Start < to)
            .Where(a => scope.IsNational || a.EenheidId == scope.EenheidId)
            .OrderBy(a => a.Start).ToListAsync(ct);
        await audit.RecordAsync(new AuditEvent("read", "CallBackList", Pages.BookingSteps.DayValue(Day), "appointments"), ct);
    }
}
