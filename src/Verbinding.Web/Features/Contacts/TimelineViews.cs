namespace Verbinding.Web.Features.Contacts;

public static class TimelineKinds
{
    public const string Conversation = "gesprek";
    public const string Contact = "contact";
}

/// <summary>One contact in a citizen's timeline, whatever the channel.</summary>
public sealed record TimelineEntry(
    string Kind, Guid Id, string Channel, DateTimeOffset At, string? Topic, string? Summary, string? Outcome, string? State,
    string Unit, string? StaffName);

public sealed record IdentityView(string Kind, string Hint);

public sealed record CitizenTimeline(Guid CitizenId, IReadOnlyList<IdentityView> Identities, IReadOnlyList<TimelineEntry> Entries);
