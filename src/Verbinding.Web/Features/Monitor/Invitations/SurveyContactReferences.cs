namespace Verbinding.Web.Features.Monitor.Invitations;

/// <summary>The contact references of invitations: one per contact, unique across kinds of contact.</summary>
public static class SurveyContactReferences
{
    private const string ChatPrefix = "chat:";

    public static string Aangifte(Guid id) => "aangifte:" + id;

    public static string Chat(Guid conversationId) => ChatPrefix + conversationId;

    public static string LoggedContact(Guid id) => "contact:" + id;

    public static Guid? ConversationId(string reference) =>
        reference.StartsWith(ChatPrefix, StringComparison.Ordinal) && Guid.TryParse(reference[ChatPrefix.Length..], out var id) ? id : null;
}
