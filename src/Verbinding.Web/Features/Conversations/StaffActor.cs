using System.Security.Claims;
using Verbinding.Web.Features.Staff;

namespace Verbinding.Web.Features.Conversations;

/// <summary>The signed-in colleague acting on conversations, with the queues their unit scope lets them see.</summary>
public sealed record StaffActor(string UserId, string Name, StaffScope Scope, bool IsSupervisor)
{
    public bool CanSee(Conversation c) => CanSeeQueue(c.QueueUnit);

    /// <summary>Everyone serves the national queue (the service centres work as one); unit queues only their own unit.</summary>
    public bool CanSeeQueue(string queueUnit) => queueUnit == ConversationQueues.National || Scope.CanAccess(queueUnit);

    public static StaffActor From(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
        user.FindFirstValue("name") ?? user.Identity?.Name ?? "",
        StaffScope.From(user),
        user.IsInRole(StaffRoles.Supervisor) || user.IsInRole(StaffRoles.Administrator));
}
