using Microsoft.Extensions.DependencyInjection;
using Verbinding.Web.Features.Citizens;
using Verbinding.Web.Features.Contacts;
using Verbinding.Web.Features.Conversations;
using Verbinding.Web.Features.Meldingen;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Privacy;

/// <summary>Intent methods for the privacy tests: a citizen's timeline record, their melding and chat, as the features store them.</summary>
internal static class PrivacyApp
{
    public static async Task<Guid> CitizenIdAsync(this VerbindingApplication app, string bsnText)
    {
        await using var scope = app.Services.CreateAsyncScope();
        Assert.True(Bsn.TryParse(bsnText, out var bsn));
        var keys = scope.ServiceProvider.GetRequiredService<CitizenKeys>();
        return await scope.ServiceProvider.GetRequiredService<CitizenDirectory>().ResolveAsync([keys.Bsn(bsn)], "digid", CancellationToken.None);
    }

    public static async Task<string> SubmitMeldingAsync(this VerbindingApplication app, Guid? citizenId, string description, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<MeldingService>().SubmitAsync(new MeldingSubmission(
            "geluidsoverlast", description, new MeldingLocation("Utrecht", "Oudegracht", "12", null, null), null, false,
            new MeldingContact("Melder", email, null), "nl", MeldingChannels.Form, CitizenId: citizenId));
        return Assert.IsType<MeldingSubmitResult.Registered>(result).Reference;
    }

    /// <summary>A web chat with one citizen message; <paramref name="citizenId"/> null makes it anonymous.</summary>
    public static async Task<Guid> AddConversationAsync(this VerbindingApplication app, Guid? citizenId, string text, DateTimeOffset at, bool closed = false)
    {
        var conversation = new Conversation
        {
            Id = Guid.CreateVersion7(at), Channel = ConversationChannels.Web, Language = "nl", QueueUnit = ConversationQueues.National,
            TokenHash = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()), DialogueStateJson = "{}", CitizenId = citizenId,
            CreatedAt = at, UpdatedAt = at, Version = Guid.NewGuid(),
            State = closed ? ConversationStates.Closed : ConversationStates.Bot, ClosedAt = closed ? at : null,
        };
        conversation.Messages.Add(conversation.Append(new ConversationMessage { AuthorKind = AuthorKinds.Citizen, Text = text, At = at }));
        conversation.Messages.Add(conversation.Append(new ConversationMessage { AuthorKind = AuthorKinds.Bot, Text = "Waar kan ik u mee helpen?", At = at }));
        return await app.WithDbAsync(async db =>
        {
            db.Add(conversation);
            await db.SaveChangesAsync();
            return conversation.Id;
        });
    }
}
