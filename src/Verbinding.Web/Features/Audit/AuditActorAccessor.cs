using System.Security.Claims;
using Verbinding.Web.Features.Staff;

namespace Verbinding.Web.Features.Audit;

public interface IAuditActorAccessor
{
    AuditActor Current { get; }
}

/// <summary>Who is acting in this request: a staff member (id, roles, unit), a citizen (pseudonymous id) or anonymous.</summary>
internal sealed class HttpAuditActorAccessor(IHttpContextAccessor http) : IAuditActorAccessor
{
    public AuditActor Current
    {
        get
        {
            var context = http.HttpContext;
            if (context is null)
            {
                return AuditActor.System;
            }
            var source = context.Connection.RemoteIpAddress?.ToString();
            var user = context.User;
            if (user.Identity?.IsAuthenticated != true)
            {
                return new AuditActor("anonymous", "Anonymous", null, source);
            }
            var roles = string.Join(",", user.FindAll(ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal));
            return new AuditActor(
                user.FindFirstValue(StaffClaims.ActorId) ?? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "unknown",
                roles.Length == 0 ? "Citizen" : roles,
                user.FindFirstValue(StaffClaims.Eenheid),
                source);
        }
    }
}
