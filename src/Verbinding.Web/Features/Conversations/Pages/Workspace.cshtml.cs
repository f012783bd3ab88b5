using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Verbinding.Web.Features.Staff;

namespace Verbinding.Web.Features.Conversations.Pages;

/// <summary>The service centre's workspace: the queues this colleague serves, their own chats and, for supervisors, queue figures.</summary>
[Authorize(Policy = StaffPolicies.Staff)]
[Authorize(Roles = $"{StaffRoles.ServiceAgent},{StaffRoles.Supervisor},{StaffRoles.Administrator}")]
public sealed class WorkspaceModel(ConversationService conversations, ChatQueues queues, IStringLocalizer<ConversationsText> text) : PageModel
{
    public Workspace Workspace { get; private set; } = new([], []);

    public IReadOnlyList<QueueFigures>? Figures { get; private set; }

    public ChatQueues Queues => queues;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var agent = StaffActor.From(User);
        Workspace = await conversations.WorkspaceAsync(agent, ct);
        if (agent.IsSupervisor)
            Figures = await conversations.QueueFiguresAsync(agent, ct);
    }

    public async Task<IActionResult> OnPostClaimAsync(Guid id, CancellationToken ct)
    {
        var result = await conversations.ClaimAsync(id, StaffActor.From(User), ct);
        if (result == AgentResult.NotFound)
            return NotFound();
        if (result != AgentResult.Done)
        {
            TempData["Error"] = text["AlreadyClaimed"].Value;
            return RedirectToPage();
        }
        return RedirectToPage("AgentConversation", new { id });
    }

    public static string Wait(TimeSpan wait) => wait.TotalMinutes >= 1 ? $"{(int)wait.TotalMinutes}:{wait.Seconds:00}" : $"0:{wait.Seconds:00}";
}
