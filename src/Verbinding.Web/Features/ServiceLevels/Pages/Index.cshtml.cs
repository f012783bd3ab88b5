using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Features.Conversations;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Infrastructure.Web;

namespace Verbinding.Web.Features.ServiceLevels.Pages;

/// <summary>First response within the service level per queue and channel for a period, with the breaches; CSV export.</summary>
[Authorize(Policy = StaffPolicies.Supervisor)]
public sealed class IndexModel(
    ServiceLevelReports reports, ChatQueues queues, TimeProvider time, AuditTrail audit, IStringLocalizer<ServiceLevelsText> text) : PageModel
{
    /// <summary>The page lists the longest waits first; the CSV has them all.</summary>
    public const int MaxBreachRows = 200;

    private const int DefaultDays = 7;

    /// <summary>The report's channels: the queued ones with a clock, then the logged ones without.</summary>
    public static readonly IReadOnlyList<string> Channels =
        [ConversationChannels.Web, ConversationChannels.WhatsApp, ConversationChannels.Email, .. Contacts.ContactChannels.Logged];

    [BindProperty(SupportsGet = true)] public string? Van { get; set; }
    [BindProperty(SupportsGet = true)] public string? Tot { get; set; }
    [BindProperty(SupportsGet = true)] public string? Eenheid { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kanaal { get; set; }

    public ServiceLevelQuery Query { get; private set; } = null!;

    public ServiceLevelResult Result { get; private set; } = new([], []);

    public StaffScope Scope { get; private set; } = null!;

    public IReadOnlyList<QueueOption> Units => [.. queues.All.Where(q => Scope.IsNational || Scope.CanAccess(q.Unit))];

    public string UnitName(string unit) => queues.NameOf(unit);

    /// <summary>"1:00" for clock targets, "1 werkdag" for working-time ones, "n.v.t." for channels without a clock.</summary>
    public string TargetText(Verbinding.Calendar.ServiceLevel? target) => target switch
    {
        null => text["NotApplicable"],
        { Unit: Verbinding.Calendar.ServiceLevelUnit.WorkingDays } => text["TargetWorkingDays", target.Amount],
        { Unit: Verbinding.Calendar.ServiceLevelUnit.WorkingHours } => text["TargetWorkingHours", target.Amount],
        { Unit: Verbinding.Calendar.ServiceLevelUnit.CalendarDays } => text["TargetDays", target.Amount],
        _ => Waits.Format(ServiceLevelCsv.Span(target)),
    };

    public async Task OnGetAsync(CancellationToken ct)
    {
        Result = await LoadAsync("read", ct);
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var result = await LoadAsync("export", ct);
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(ServiceLevelCsv.Write(result))).ToArray();
        return File(bytes, "text/csv; charset=utf-8", $"servicenormen-{Query.From:yyyy-MM-dd}-{Query.To:yyyy-MM-dd}.csv");
    }

    public string CsvLink() =>
        $"/medewerker/servicenormen?handler=Csv&van={Query.From:yyyy-MM-dd}&tot={Query.To:yyyy-MM-dd}&eenheid={Uri.EscapeDataString(Eenheid ?? "")}&kanaal={Uri.EscapeDataString(Kanaal ?? "")}";

    private async Task<ServiceLevelResult> LoadAsync(string action, CancellationToken ct)
    {
        Scope = StaffScope.From(User);
        var today = DateOnly.FromDateTime(DutchTime.ToLocal(time.GetUtcNow()).DateTime);
        var to = ParseDay(Tot) ?? today;
        var from = ParseDay(Van) is { } f && f <= to ? f : to.AddDays(1 - DefaultDays);
        Eenheid = Units.Any(u => u.Unit == Eenheid) ? Eenheid : null;
        Kanaal = Channels.Contains(Kanaal) ? Kanaal : null;
        Query = new ServiceLevelQuery(from, to, Eenheid, Kanaal);
        var result = await reports.LoadAsync(Query, Scope, ct);
        await audit.RecordAsync(new AuditEvent(action, "ServiceLevelReport", $"{from:yyyy-MM-dd}/{to:yyyy-MM-dd}", "supervision"), ct);
        return result;
    }

    private static DateOnly? ParseDay(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
