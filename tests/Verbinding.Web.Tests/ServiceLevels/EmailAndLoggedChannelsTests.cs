using Verbinding.Web.Features.Contacts;
using Verbinding.Web.Features.Conversations;
using Verbinding.Web.Features.ServiceLevels;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.ServiceLevels;

public sealed class EmailAndLoggedChannelsTests
{
    // Friday 20 November 2026, 18:00 in Amsterdam: after office hours, so the working day starts counting on Monday.
    // Stored in UTC, as the application stores every instant (PostgreSQL accepts no other offset).
    private static readonly DateTimeOffset FridayEvening = new DateTimeOffset(2026, 11, 20, 18, 0, 0, TimeSpan.FromHours(1)).ToUniversalTime();
    private static readonly DateTimeOffset MondayMorning = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(1)).ToUniversalTime();

    [Fact]
    public void An_email_of_Friday_evening_answered_on_Monday_is_within_its_working_day()
    {
        var result = ServiceLevelStatistics.Compute(
            [new QueuedContact(Guid.NewGuid(), "midden-nederland", ConversationChannels.Email, FridayEvening, MondayMorning.AddHours(7), null, "A")],
            MondayMorning.AddDays(3));

        Assert.Equal(100.0, Assert.Single(result.Rows).WithinTargetPercent);
        Assert.Empty(result.Breaches);
    }

    [Fact]
    public async Task Report_counts_email_against_one_working_day_and_phone_and_counter_per_outcome_without_a_clock()
    {
        await using var app = await VerbindingApplication.StartAsync();
        var lateEmail = Guid.CreateVersion7();
        await app.WithDbAsync(db =>
        {
            db.AddRange(Email(FridayEvening, MondayMorning.AddHours(1)), Email(MondayMorning, MondayMorning.AddHours(25), lateEmail));
            db.AddRange(Logged(ContactChannels.Phone, "beantwoord"), Logged(ContactChannels.Phone, "beantwoord"),
                Logged(ContactChannels.Phone, "doorverwezen"), Logged(ContactChannels.Counter, "aangifte"), Logged(ContactChannels.Phone, "beantwoord", "limburg"));
            return db.SaveChangesAsync();
        });
        using var client = await app.SignInAsStaffAsync(await app.CreateStaffAsync(StaffRoles.Supervisor, "midden-nederland"));

        var page = await client.GetPageAsync("/medewerker/servicenormen?van=2026-11-20&tot=2026-11-24");

        string Cell(string channel, string col) =>
            page.QuerySelector($"[data-testid=levels] [data-unit=midden-nederland][data-channel={channel}] [data-col={col}]")!.TextContent.Trim();
        Assert.Equal(("2", "50.0%", "1 werkdag(en)"), (Cell("email", "contacts"), Cell("email", "within"), Cell("email", "target")));
        Assert.Equal(("3", "n.v.t.", "n.v.t.", "n.v.t."), (Cell("telefoon", "contacts"), Cell("telefoon", "target"), Cell("telefoon", "within"), Cell("telefoon", "median")));
        Assert.Equal("1", Cell("balie", "contacts"));
        Assert.Equal("2", page.QuerySelector("[data-testid=logged-outcomes] [data-channel=telefoon][data-outcome=beantwoord] [data-col=contacts]")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("[data-unit=limburg]"));
        Assert.NotNull(page.QuerySelector($"[data-testid=breaches] tr[data-reference='{ServiceLevelStatistics.ReferenceOf(lateEmail)}']"));

        var csv = await client.GetStringAsync("/medewerker/servicenormen?handler=Csv&van=2026-11-20&tot=2026-11-24&kanaal=telefoon");
        Assert.Contains("\"midden-nederland\",\"telefoon\",,3,3,,,,,\"n.v.t.\"", csv, StringComparison.Ordinal);
        Assert.Contains("\"midden-nederland\",\"telefoon\",\"doorverwezen\",1", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("\"email\"", csv, StringComparison.Ordinal);
    }

    private static Conversation Email(DateTimeOffset queued, DateTimeOffset answered, Guid? id = null) => new()
    {
        Id = id ?? Guid.CreateVersion7(), Channel = ConversationChannels.Email, Language = "nl", QueueUnit = "midden-nederland",
        State = ConversationStates.Closed, TokenHash = "x", DialogueStateJson = "{}", Version = Guid.NewGuid(),
        CreatedAt = queued, UpdatedAt = answered, QueuedAt = queued, ClaimedAt = answered.AddMinutes(-5), FirstAgentResponseAt = answered,
        ClosedAt = answered.AddMinutes(1), AssignedAgentId = "a", AssignedAgentName = "Agent E", Outcome = Outcomes.Answered,
    };

    private static LoggedContact Logged(string channel, string outcome, string unit = "midden-nederland") => new()
    {
        Id = Guid.CreateVersion7(), Channel = channel, EenheidId = unit, Topic = "aangifte-fietsendiefstal", Summary = "Vraag over aangifte",
        Outcome = outcome, At = MondayMorning.AddHours(2), StaffUserId = "s", StaffName = "Collega",
    };
}
