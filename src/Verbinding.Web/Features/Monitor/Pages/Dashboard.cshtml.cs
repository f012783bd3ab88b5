using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Features.Monitor.Data;
using Verbinding.Web.Features.Monitor.Reports;
using Verbinding.Web.Features.Organisation;
using Verbinding.Web.Features.Staff;

namespace Verbinding.Web.Features.Monitor.Pages;

/// <summary>The analysts' view: filters live in the query string, so every view can be bookmarked and shared.</summary>
[Authorize(Policy = StaffPolicies.Staff, Roles = $"{StaffRoles.Analyst},{StaffRoles.Supervisor},{StaffRoles.Administrator}")]
public sealed class DashboardModel(SatisfactionReport report, ItemAnalysis items, ReferenceData reference, AuditTrail audit, TimeProvider time, IStringLocalizer<MonitorText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string GroupBy { get; set; } = "eenheid";

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Eenheid { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Channel { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ContactType { get; set; }

    public StaffScope Scope { get; private set; } = null!;

    public SatisfactionReportResult? Result { get; private set; }

    public IReadOnlyList<TrendPoint> Trend { get; private set; } = [];

    public IReadOnlyList<ItemDriver> Drivers { get; private set; } = [];

    public IReadOnlyList<ReferenceRecordOption> Eenheden =>
        reference.Eenheden.Where(e => !e.National).Select(e => new ReferenceRecordOption(e.Id, e.Name)).ToList();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await RunAsync(ct) is { } query)
        {
            Trend = await report.TrendAsync(query with { GroupBy = Reports.GroupBy.Month }, ScopeEenheid, ct);
            Drivers = await items.DriversAsync(query, ScopeEenheid ?? query.Eenheid, ct);
        }
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        if (await RunAsync(ct) is null)
        {
            return BadRequest();
        }
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(SatisfactionCsv.Write(Result!))).ToArray(),
            "text/csv; charset=utf-8", $"politiemonitor-{GroupBy}.csv");
    }

    public string GroupLabel(SatisfactionRow row) => GroupBy switch
    {
        "wout" => row.Group == "wout-alleen" ? text["WoutAlone"] : text["HandedOver"],
        _ => row.Label ?? (row.Group.Length == 0 ? "-" : row.Group),
    };

    public string ItemLabel(string item) => text["Item_" + item] is { ResourceNotFound: false } label ? label.Value : item;

    public bool CanSeeFollowUps => User.IsInRole(StaffRoles.Supervisor) || User.IsInRole(StaffRoles.Administrator);

    public string CsvLink => Url.Page("Dashboard", "Csv", new { GroupBy, From, To, Eenheid, Channel, ContactType })!;

    private string? ScopeEenheid => Scope.IsNational ? null : Scope.EenheidId ?? "";

    private async Task<ReportQuery?> RunAsync(CancellationToken ct)
    {
        Scope = StaffScope.From(User);
        if (!ReportParameters.GroupNames.TryGetValue(GroupBy, out var groupBy))
        {
            groupBy = Reports.GroupBy.Eenheid;
            GroupBy = "eenheid";
        }
        if (!ReportParameters.TryParseMonth(From, out var from) || !ReportParameters.TryParseMonth(To, out var to))
        {
            ModelState.AddModelError(nameof(From), text["InvalidMonth"]);
            return null;
        }
        var (defaultFrom, defaultTo) = ReportParameters.DefaultRange(time.GetUtcNow());
        var query = new ReportQuery(groupBy, from ?? defaultFrom, to ?? defaultTo,
            Empty(Eenheid), Pick(Channel, MonitorDimensions.Channels), Pick(ContactType, MonitorDimensions.ContactTypes));
        Result = await report.RunAsync(query, ScopeEenheid, ct);
        await audit.RecordAsync(new AuditEvent("read", "SatisfactionReport", ReportParameters.NameOf(groupBy), "analysis"), ct);
        return query;
    }

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static string? Pick(string? value, IReadOnlyList<string> allowed) => value is not null && allowed.Contains(value) ? value : null;
}

public sealed record ReferenceRecordOption(string Id, string Name);
