using Verbinding.Assistant.Dialogue;
using Verbinding.Web.Features.Meldingen;

namespace Verbinding.Web.Features.Conversations;

/// <summary>
/// Registers the melding a citizen confirmed in the chat and lets Wout tell the outcome: the reference, basisteam and
/// tracking link, the validator's reason with the question asked again, or 112 first.
/// </summary>
public sealed class WoutMeldingIntake(IServiceScopeFactory scopes, DialogueEngine wout)
{
    public async Task<DialogueTurn> FileAsync(Guid conversationId, DialogueTurn turn, CancellationToken ct)
    {
        var draft = turn.Melding!;
        var state = turn.State;
        // The same conversation and turn always give the same key: a retried message, or the conversation's own
        // retry after a concurrent change, finds the melding filed the first time instead of filing it twice.
        var key = $"wout:{conversationId:N}:{state.Turns}";
        var submission = new MeldingSubmission(
            draft.Category,
            draft.Description,
            new MeldingLocation(draft.Municipality, draft.Street, draft.HouseNumber, draft.Postcode, draft.PlaceDescription),
            draft.OccurredAt,
            draft.HappeningNow,
            draft.Email is null && draft.Phone is null ? null : new MeldingContact(null, draft.Email, draft.Phone),
            draft.Language,
            MeldingChannels.Wout,
            draft.Answers,
            key);

        // Its own unit of work: MeldingService saves (and on a race clears its change tracker), while the conversation's
        // changes must only be saved by the conversation service, under its version check.
        await using var scope = scopes.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<MeldingService>().SubmitAsync(submission, ct);
        return result switch
        {
            MeldingSubmitResult.Registered registered => wout.MeldingRegistered(
                state, registered.Reference, registered.Basisteam, MeldingLinks.Tracking(registered.Reference, registered.TrackingCode)),
            MeldingSubmitResult.Invalid invalid => wout.MeldingRefused(
                state, invalid.Errors[0].Field, invalid.Errors[0].Message.For(state.Language)),
            _ => wout.MeldingEmergency(state),
        };
    }
}
