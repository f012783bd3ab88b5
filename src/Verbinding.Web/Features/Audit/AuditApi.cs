using Microsoft.AspNetCore.Http.HttpResults;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Features.Staff.Tokens;
using Verbinding.Web.Infrastructure.Data;
using Verbinding.Web.Infrastructure.Web;

namespace Verbinding.Web.Features.Audit;

public static class AuditApi
{
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/audit")
            .WithTags("Audit")
            .RequireAuthorization(ApiPolicies.ForScope(ApiScopes.AuditRead))
            .RequireAuthorization(p => p.RequireRole(StaffRoles.Supervisor, StaffRoles.Administrator))
            .RequireRateLimiting(RateLimits.Api);
        group.MapGet("/", ListEntries).WithSummary("Audit entries of the caller's eenheid (all units for national roles), newest first.");
        group.MapGet("/verification", VerifyChain).WithSummary("Checks the hash chain (national roles only).");
        return app;
    }

    private static async Task<Ok<AuditPage>> ListEntries(
        HttpContext http, VerbindingDbContext db, AuditTrail audit,
        string? actor, string? entityType, string? action, DateOnly? from, DateOnly? to, int? page, CancellationToken ct)
    {
        var result = await AuditQuery.ListAsync(db.Set<AuditEntry>(), StaffScope.From(http.User),
            new AuditFilter(actor, entityType, action, from, to, page ?? 1), ct);
        await audit.RecordAsync(new AuditEvent("read", "AuditTrail", null, "supervision-api"), ct);
        return TypedResults.Ok(result);
    }

    private static async Task<Results<Ok<AuditVerification>, ForbidHttpResult>> VerifyChain(HttpContext http, VerbindingDbContext db, CancellationToken ct) =>
        StaffScope.From(http.User).IsNational
            ? TypedResults.Ok(await AuditQuery.VerifyAsync(db.Set<AuditEntry>(), ct))
            : TypedResults.Forbid();
}
