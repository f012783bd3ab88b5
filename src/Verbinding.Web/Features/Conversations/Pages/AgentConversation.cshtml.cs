using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Verbinding.Web.Features.Staff;

namespace Verbinding.Web.Features.Conversations.Pages;

/// <summary>One conversation for a colleague: transcript, Wout's summary and details, the first-response clock and the actions.</summary>
[Authorize(Policy = StaffPolicies.Staff)]
[Authorize(Roles = $"{StaffRoles.ServiceAgent},{StaffRoles.Supervisor},{StaffRoles.Administrator}")]
public sealed class AgentConversationModel(
    ConversationService conversations, ChatQueues queues, ConversationSuggestions suggestions, Referrals.ReferralPartners partners,
    Tools.AgentTools tools, IStringLocalizer<ConversationsText> text) : PageModel
{
    public AgentConversation Conversation { get; private set; } = null!;

    public ChatQueues Queues => queues;

    public bool IsMine { get; private set; }

    public string NewClientMessageId { get; } = Guid.NewGuid().ToString("N");

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public string? ClientMessageId { get; set; }

    [BindProperty]
    public string? QueueUnit { get; set; }

    [BindProperty]
    public string? TopicGroup { get; set; }

    [BindProperty]
    public string? Outcome { get; set; }

    [BindProperty]
    public string? TemplateName { get; set; }

    [BindProperty]
    public string? Partner { get; set; }

    /// <summary>What the triage engine advises for this conversation, in order; null when the topic is not a triage topic.</summary>
    public Verbinding.Triage.Evaluation.TriageResult? Suggestions { get; private set; }

    public Referrals.ReferralPartners Partners => partners;

    [BindProperty]
    public string? Article { get; set; }

    [BindProperty]
    public string? CannedReply { get; set; }

    [BindProperty]
    public string? Form { get; set; }

    public Tools.AgentTools Tools => tools;

    /// <summary>Knowledge-base articles for the citizen's last messages; only computed for the colleague handling the chat.</summary>
    public IReadOnlyList<Verbinding.Assistant.Knowledge.KnowledgeArticle> SuggestedAnswers { get; private set; } = [];

    public IReadOnlyList<Tools.FormLink> Forms { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var agent = StaffActor.From(User);
        if (await conversations.OpenForAgentAsync(id, agent, ct) is not { } conversation)
            return NotFound();
        Conversation = conversation;
        Suggestions = suggestions.For(conversation);
        IsMine = conversation.State == ConversationStates.Agent && conversation.AssignedAgentId == agent.UserId;
        if (IsMine)
        {
            SuggestedAnswers = tools.Suggestions(conversation);
            Forms = tools.Forms(conversation);
        }
        return Page();
    }

    public Task<IActionResult> OnPostClaimAsync(Guid id, CancellationToken ct) =>
        Act(id, (agent, c) => conversations.ClaimAsync(id, agent, c), ct);

    public Task<IActionResult> OnPostReplyAsync(Guid id, CancellationToken ct) =>
        ChatInput.Problem(Text, ClientMessageId) is null
            ? Act(id, (agent, c) => conversations.ReplyAsAgentAsync(id, agent, Text!, ClientMessageId, c), ct)
            : Task.FromResult<IActionResult>(RedirectToPage(new { id }));

    /// <summary>Sends the citizen the question and the consent link for a partner that takes warm handovers.</summary>
    public Task<IActionResult> OnPostOfferHandoverAsync(Guid id, CancellationToken ct)
    {
        // An unknown or non-warm partner is refused by the service after the unit check, so unit Y still gets 404.
        var partner = partners.Find(Partner) is { } found && partners.AcceptsWarmHandover(found) ? found : null;
        return Act(id, (agent, c) => conversations.OfferHandoverAsync(id, agent, partner?.Id,
            text["HandoverOffer", partner?.Name ?? ""], text["HandoverAction", partner?.Name ?? ""], c), ct);
    }

    public Task<IActionResult> OnPostSuggestedAnswerAsync(Guid id, CancellationToken ct) =>
        Act(id, (agent, c) => conversations.SendToolMessageAsync(id, agent, "send-suggested-answer", ctx => tools.SuggestedAnswer(Article, ctx), c), ct);

    public Task<IActionResult> OnPostCannedReplyAsync(Guid id, CancellationToken ct) =>
        Act(id, (agent, c) => conversations.SendToolMessageAsync(id, agent, "send-canned-reply", ctx => tools.CannedReply(CannedReply, ctx), c), ct);

    public Task<IActionResult> OnPostFormLinkAsync(Guid id, CancellationToken ct) =>
        Act(id, (agent, c) => conversations.SendToolMessageAsync(id, agent, "send-form-link", ctx => tools.Form(Form, ctx), c), ct);

    public Task<IActionResult> OnPostTemplateAsync(Guid id, CancellationToken ct) =>
        Act(id, (agent, c) => conversations.SendTemplateAsync(id, agent, TemplateName ?? "", c), ct);

    public Task<IActionResult> OnPostTransferAsync(Guid id, CancellationToken ct) =>
        Act(id, (agent, c) => conversations.TransferAsync(id, agent, QueueUnit ?? "", TopicGroup, c), ct);

    public Task<IActionResult> OnPostHandBackAsync(Guid id, CancellationToken ct) =>
        Act(id, (agent, c) => conversations.HandBackAsync(id, agent, c), ct);

    public Task<IActionResult> OnPostCloseAsync(Guid id, CancellationToken ct) =>
        Act(id, (agent, c) => conversations.CloseAsync(id, agent, Outcome ?? "", c), ct);

    private async Task<IActionResult> Act(Guid id, Func<StaffActor, CancellationToken, Task<AgentResult>> action, CancellationToken ct)
    {
        var result = await action(StaffActor.From(User), ct);
        if (result == AgentResult.NotFound)
            return NotFound();
        if (result != AgentResult.Done)
            TempData["Error"] = text[result == AgentResult.TemplateRequired ? "TemplateNeeded" : "NotAllowed"].Value;
        return RedirectToPage(new { id });
    }
}
