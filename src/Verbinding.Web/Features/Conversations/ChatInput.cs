using Verbinding.Web.Infrastructure.Web;

namespace Verbinding.Web.Features.Conversations;

/// <summary>Checks on what a sender types, shared by the API, the hub and the pages; messages are Dutch and English.</summary>
public static class ChatInput
{
    public const string EmptyMessage = "Typ een bericht. / Type a message.";
    public const string TooLongMessage = "Uw bericht is te lang (maximaal 2000 tekens). / Your message is too long (at most 2000 characters).";
    public const string BadClientIdMessage = "clientMessageId is te lang (maximaal 64 tekens). / clientMessageId is too long (at most 64 characters).";
    public const string ControlCharacterMessage = "Uw bericht bevat tekens die we niet kunnen opslaan. Typ het opnieuw. / Your message contains characters we cannot store. Please type it again.";
    public const string NotFoundMessage = "Dit gesprek bestaat niet of u hebt er geen toegang toe. / This conversation does not exist or you have no access to it.";
    public const string ClosedMessage = "Dit gesprek is gesloten. Begin een nieuw gesprek. / This conversation is closed. Start a new one.";
    public const string TemplateRequiredMessage = "Het antwoordvenster van 24 uur is voorbij: stuur een goedgekeurd sjabloon. / The 24-hour reply window has closed: send an approved template.";
    public const string NotYoursMessage = "Dit gesprek is niet (meer) aan u toegewezen. / This conversation is not (or no longer) assigned to you.";

    /// <summary>Null when the input is fine, else the reason in Dutch and English.</summary>
    public static string? Problem(string? text, string? clientMessageId) =>
        string.IsNullOrWhiteSpace(text) ? EmptyMessage
        : text.Length > ConversationLimits.MaxTextLength ? TooLongMessage
        : !StorableText.IsStorable(text) ? ControlCharacterMessage
        : clientMessageId is { Length: > ConversationLimits.MaxClientMessageIdLength } || (clientMessageId is not null && !StorableText.IsStorable(clientMessageId)) ? BadClientIdMessage
        : null;
}
