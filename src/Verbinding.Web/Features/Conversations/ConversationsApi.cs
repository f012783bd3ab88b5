using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Verbinding.Assistant.Dialogue;
using Verbinding.Web.Infrastructure.Web;

namespace Verbinding.Web.Features.Conversations;

public sealed record StartConversationRequest(string? Channel, string? Language, string? Municipality);

public sealed record SendMessageRequest(string? Text, string? ClientMessageId);

public sealed record StartConversationResponse(Guid Id, string Token, IReadOnlyList<MessageView> Messages);

/// <summary>
/// The conversations API for anonymous citizens' channels. The token from the create call is a capability:
/// later calls send it as <c>X-Conversation-Token</c>; without the right one a conversation does not exist (404).
/// </summary>
public static class ConversationsApi
{
    public const string TokenHeader = "X-Conversation-Token";

    public static IEndpointRouteBuilder MapConversationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/conversations").WithTags("Conversations").AllowAnonymous();
        group.MapPost("/", Start).RequireRateLimiting(RateLimits.Submit)
            .WithSummary("Starts a conversation with Wout; returns the id, the secret token (shown once) and Wout's greeting.");
        group.MapPost("/{id:guid}/messages", Send).RequireRateLimiting(RateLimits.Api)
            .WithSummary("Sends the citizen's message; returns Wout's replies (none after a handoff) and the conversation state.");
        group.MapGet("/{id:guid}", Get).RequireRateLimiting(RateLimits.Api)
            .WithSummary("The transcript of the conversation.");
        app.MapHub<ChatHub>(ChatHub.Path);
        return app;
    }

    private static async Task<Results<Created<StartConversationResponse>, ValidationProblem>> Start(
        StartConversationRequest request, ConversationService conversations, CancellationToken ct)
    {
        var channel = request.Channel?.Trim().ToLowerInvariant() ?? ConversationChannels.Web;
        var language = request.Language?.Trim().ToLowerInvariant() ?? Languages.Dutch;
        var errors = new Dictionary<string, string[]>();
        if (!ConversationChannels.All.Contains(channel))
            errors["channel"] = ["Onbekend kanaal; gebruik 'web'. / Unknown channel; use 'web'."];
        if (language is not (Languages.Dutch or Languages.English))
            errors["language"] = ["Taal moet 'nl' of 'en' zijn. / Language must be 'nl' or 'en'."];
        if (request.Municipality is { Length: > 100 })
            errors["municipality"] = ["Gemeentenaam is te lang. / Municipality name is too long."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);
        var started = await conversations.StartAsync(channel, language, request.Municipality, ct);
        return TypedResults.Created($"/api/v1/conversations/{started.Id}", new StartConversationResponse(started.Id, started.Token, started.Messages));
    }

    private static async Task<Results<Ok<SentMessage>, NotFound, ValidationProblem, ProblemHttpResult>> Send(
        Guid id, SendMessageRequest request, [FromHeader(Name = TokenHeader)] string? token,
        ConversationService conversations, CancellationToken ct)
    {
        if (ChatInput.Problem(request.Text, request.ClientMessageId) is { } problem)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = [problem] });
        var outcome = await conversations.SendAsCitizenAsync(id, token, request.Text!, request.ClientMessageId, ct);
        return outcome.Status switch
        {
            SendStatus.Sent => TypedResults.Ok(outcome.Message!),
            SendStatus.Closed => TypedResults.Problem(ChatInput.ClosedMessage, statusCode: StatusCodes.Status409Conflict),
            _ => TypedResults.NotFound(),
        };
    }

    private static async Task<Results<Ok<Transcript>, NotFound>> Get(
        Guid id, [FromHeader(Name = TokenHeader)] string? token, ConversationService conversations, CancellationToken ct) =>
        await conversations.TranscriptForCitizenAsync(id, token, ct) is { } transcript
            ? TypedResults.Ok(transcript)
            : TypedResults.NotFound();
}
