using Verbinding.Web.Features.Aangifte;
using Verbinding.Web.Features.Contacts;
using Verbinding.Web.Features.Conversations;
using Verbinding.Web.Features.Monitor.Data;

namespace Verbinding.Web.Features.Monitor.Invitations;

/// <summary>How each kind of closed contact is described to the monitor: only what the analysis may know, plus the way to reach the citizen.</summary>
public sealed partial class SurveyTriggers
{
    /// <summary>Intake approved or rejected an online aangifte: the citizen is invited by e-mail if they gave an address.</summary>
    public Task<ScheduleOutcome> AangifteDecidedAsync(SubmittedAangifte aangifte, string topic) =>
        ScheduleAsync(new ClosedContact(
            SurveyContactReferences.Aangifte(aangifte.Id), "bsn:" + aangifte.CitizenBsn, aangifte.Contact.Email, aangifte.Language,
            new ContactMetadata(aangifte.EenheidId, aangifte.BasisteamId, "internet", "aangifte", topic,
                ContactMetadata.MonthOf(aangifte.SubmittedAt), WoutOnly: false), Phone: aangifte.Contact.Phone),
            _options.Triggers.Aangifte);

    /// <summary>A colleague closed a chat: invited in the chat itself (web chat and WhatsApp).</summary>
    public Task<ScheduleOutcome> ChatClosedAsync(Conversation conversation) =>
        ScheduleAsync(new ClosedContact(
            SurveyContactReferences.Chat(conversation.Id),
            conversation.CitizenId is { } citizen ? "citizen:" + citizen : "chat:" + conversation.Id, null, conversation.Language,
            new ContactMetadata(conversation.QueueUnit, "", conversation.Channel == ConversationChannels.WhatsApp ? "whatsapp" : "chat", "vraag",
                conversation.Topic ?? "", ContactMetadata.MonthOf(conversation.CreatedAt), WoutOnly: false),
            conversation.Id),
            _options.Triggers.Chat);

    /// <summary>A call or counter visit was logged: invited by e-mail when the colleague noted the citizen's address, in the language they noted.</summary>
    public Task<ScheduleOutcome> ContactLoggedAsync(LoggedContact contact, string? email, string language = "nl", string? phone = null) =>
        ScheduleAsync(new ClosedContact(
            SurveyContactReferences.LoggedContact(contact.Id),
            contact.CitizenId is { } citizen ? "citizen:" + citizen : "contact:" + contact.Id, email, language == "en" ? "en" : "nl",
            new ContactMetadata(contact.EenheidId, "", contact.Channel == ContactChannels.Counter ? "bureau" : "telefoon", "vraag",
                contact.Topic, ContactMetadata.MonthOf(contact.At), WoutOnly: false), Phone: phone),
            _options.Triggers.LoggedContact);
}
