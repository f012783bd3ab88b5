using System.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Features.Monitor.Reports;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Features.Staff.Tokens;
using Verbinding.Web.Infrastructure.Web;

namespace Verbinding.Web.Features.Monitor;

/// <summary>Satisfaction figures for BI tools. Same rows as the CLI and the dashboard, suppression included.</summary>
public static class MonitorApi
{
    public sealed record SatisfactionResponse(string GroupBy, string From, string To, IReadOnlyList<SatisfactionRow> Rows, SatisfactionRow National, double ElapsedMs);

    public static IEndpointRouteBuilder MapMonitorApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/monitor")
            .WithTags("Monitor")
            .RequireAuthorization(ApiPolicies.ForScope(ApiScopes.MonitorRead))
            .RequireAuthorization(p => p.RequireRole(StaffRoles.Analyst, StaffRoles.Supervisor, StaffRoles.Administrator))
            .RequireRateLimiting(RateLimits.Api);
        group.MapGet("/satisfaction", GetSatisfaction)
            .WithSummary("% (very) satisfied with a 95% Wilson interval per group; groups under 10 responses have null figures. Unit-scoped unless national.");
        return app;
    }

    private static async Task<Results<Ok<SatisfactionResponse>, ValidationProblem>> GetSatisfaction(
        HttpContext http, SatisfactionReport report, AuditTrail audit, TimeProvider time,
        string? groupBy, string? from, string? to, string? eenheid, string? channel, string? contactType, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var grouping = GroupBy.Eenheid;
        if (groupBy is not null && !ReportParameters.GroupNames.TryGetValue(groupBy, out grouping))
        {
            errors["groupBy"] = ["Kies eenheid, basisteam, channel, contact-type, topic, month of wout. / Use eenheid, basisteam, channel, contact-type, topic, month or wout."];
        }
        if (!ReportParameters.TryParseMonth(from, out var fromMonth) || !ReportParameters.TryParseMonth(to, out var toMonth))
        {
            errors["from"] = ["Geef een maand als jjjj-mm of een datum als jjjj-mm-dd. / Give a month as yyyy-MM or a date as yyyy-MM-dd."];
            fromMonth = toMonth = null;
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var scope = StaffScope.From(http.User);
        var (defaultFrom, defaultTo) = ReportParameters.DefaultRange(time.GetUtcNow());
        var query = new ReportQuery(grouping, fromMonth ?? defaultFrom, toMonth ?? defaultTo, eenheid, channel, contactType);
        var watch = Stopwatch.StartNew();
        var result = await report.RunAsync(query, scope.IsNational ? null : scope.EenheidId ?? "", ct);
        var elapsed = Math.Round(watch.Elapsed.TotalMilliseconds, 1);
        await audit.RecordAsync(new AuditEvent("read", "SatisfactionReport", ReportParameters.NameOf(grouping), "analysis-api"), ct);
        return TypedResults.Ok(new SatisfactionResponse(ReportParameters.NameOf(grouping), ReportParameters.FormatMonth(query.FromMonth),
            ReportParameters.FormatMonth(query.ToMonth), result.Rows, result.National, elapsed));
    }
}
