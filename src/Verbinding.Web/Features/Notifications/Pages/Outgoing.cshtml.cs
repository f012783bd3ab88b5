using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Features.Staff;

namespace Verbinding.Web.Features.Notifications.Pages;

[Authorize(Policy = StaffPolicies.Supervisor)]
public sealed class OutgoingModel(FailedNotifications failed, AuditTrail audit, IStringLocalizer<NotificationsText> text) : PageModel
{
    public IReadOnlyList<FailedNotification> Notifications { get; private set; } = [];

    public string? Message { get; private set; }

    public bool IsError { get; private set; }

    public async Task OnGetAsync([FromQuery] bool retried, CancellationToken ct)
    {
        Message = retried ? text["Retried"].Value : null;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostRetryAsync([FromForm] Guid id, CancellationToken ct)
    {
        var scope = StaffScope.From(User);
        if (await failed.RetryAsync(scope, id, ct))
        {
            await audit.RecordAsync(new AuditEvent("retry", "OutboxNotification", id.ToString(), "notification-delivery"), ct);
            return RedirectToPage(new { retried = true });
        }
        Message = text["NotFound"].Value;
        IsError = true;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Notifications = await failed.ListAsync(StaffScope.From(User), ct);
        await audit.RecordAsync(new AuditEvent("read", "OutboxNotification", null, "notification-delivery"), ct);
    }
}
