using System.Net;
using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Features.Conversations;
using Verbinding.Web.Features.ServiceLevels;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.ServiceLevels;

public sealed class ServiceLevelReportTests
{
    // Two hours ago: inside the default period (the last 7 days), and every chat below has ended by now.
    private static readonly DateTimeOffset Queued = DateTimeOffset.UtcNow.AddHours(-2);

    [Fact]
    public async Task Supervisor_sees_the_units_first_response_level_and_its_breaches_and_the_read_is_audited()
    {
        await using var app = await VerbindingApplication.StartAsync();
        await SeedAsync(app, Chat("midden-nederland", 30, "Agent A"), Chat("midden-nederland", 45, "Agent A"),
            Chat("midden-nederland", 95, "Agent B", id: Late), Chat("midden-nederland", 300, "Agent C"), Chat("limburg", 500, "Agent L", id: Elsewhere));
        using var client = await app.SignInAsStaffAsync(await app.CreateStaffAsync(StaffRoles.Supervisor, "midden-nederland"));

        var page = await client.GetPageAsync("/medewerker/servicenormen");

        var row = page.QuerySelector("[data-unit=midden-nederland][data-channel=web]")!;
        string Cell(string col) => row.QuerySelector($"[data-col={col}]")!.TextContent.Trim();
        Assert.Equal(("4", "50.0%", "0:45", "5:00"), (Cell("contacts"), Cell("within"), Cell("median"), Cell("p90")));
        var breach = page.QuerySelector($"[data-testid=breaches] tr[data-reference='{ServiceLevelStatistics.ReferenceOf(Late)}']")!;
        Assert.Equal(("1:35", "Agent B"), (breach.QuerySelector("[data-col=waited]")!.TextContent.Trim(), breach.QuerySelector("[data-col=claimed-by]")!.TextContent.Trim()));
        Assert.Equal(2, page.QuerySelectorAll("[data-testid=breaches] tbody tr").Length);
        Assert.Null(page.QuerySelector("[data-unit=limburg]"));
        Assert.DoesNotContain(ServiceLevelStatistics.ReferenceOf(Elsewhere), page.Body!.TextContent, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.Set<AuditEntry>().AnyAsync(e => e.EntityType == "ServiceLevelReport" && e.Action == "read")));
    }

    [Fact]
    public async Task A_supervisor_of_another_unit_sees_nothing_of_it_even_when_asking_for_it()
    {
        await using var app = await VerbindingApplication.StartAsync();
        await SeedAsync(app, Chat("midden-nederland", 95, "Agent B", id: Late));
        using var client = await app.SignInAsStaffAsync(await app.CreateStaffAsync(StaffRoles.Supervisor, "limburg"));

        var page = await client.GetPageAsync("/medewerker/servicenormen?eenheid=midden-nederland");
        var csv = await client.GetStringAsync("/medewerker/servicenormen?handler=Csv&eenheid=midden-nederland");

        Assert.NotNull(page.QuerySelector("[data-testid=empty]"));
        Assert.DoesNotContain(ServiceLevelStatistics.ReferenceOf(Late), csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_csv_has_the_figures_and_the_breaches_and_a_period_filter_excludes_older_chats()
    {
        await using var app = await VerbindingApplication.StartAsync();
        await SeedAsync(app, Chat("midden-nederland", 95, "Agent B", id: Late), Chat("midden-nederland", 200, "Old", queued: Queued.AddDays(-20)));
        using var client = await app.SignInAsStaffAsync(await app.CreateStaffAsync(StaffRoles.Supervisor, "midden-nederland"));

        var response = await client.GetAsync("/medewerker/servicenormen?handler=Csv");
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("\"midden-nederland\",\"web\",60,1,1,0,0.0,95,95", csv, StringComparison.Ordinal);
        Assert.Contains($"\"{ServiceLevelStatistics.ReferenceOf(Late)}\"", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Old", csv, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.Set<AuditEntry>().AnyAsync(e => e.EntityType == "ServiceLevelReport" && e.Action == "export")));
    }

    [Fact]
    public async Task A_national_supervisor_sees_every_unit_and_can_filter_on_one()
    {
        await using var app = await VerbindingApplication.StartAsync();
        await SeedAsync(app, Chat("midden-nederland", 95, "Agent B", id: Late), Chat("limburg", 500, "Agent L", id: Elsewhere));
        using var client = await app.SignInAsStaffAsync(await app.CreateStaffAsync(StaffRoles.Supervisor, "midden-nederland", national: true));

        var all = await client.GetPageAsync("/medewerker/servicenormen");
        var limburg = await client.GetPageAsync("/medewerker/servicenormen?eenheid=limburg");

        Assert.NotNull(all.QuerySelector("[data-unit=midden-nederland]"));
        Assert.NotNull(all.QuerySelector("[data-unit=limburg]"));
        Assert.Null(limburg.QuerySelector("[data-unit=midden-nederland]"));
        Assert.NotNull(limburg.QuerySelector($"tr[data-reference='{ServiceLevelStatistics.ReferenceOf(Elsewhere)}']"));
    }

    [Fact]
    public async Task A_service_agent_may_not_open_the_report()
    {
        await using var app = await VerbindingApplication.StartAsync();
        using var client = await app.SignInAsStaffAsync(await app.CreateStaffAsync(StaffRoles.ServiceAgent, "midden-nederland"));

        Assert.NotEqual(HttpStatusCode.OK, (await client.GetAsync("/medewerker/servicenormen")).StatusCode);
    }

    private static readonly Guid Late = Guid.CreateVersion7();
    private static readonly Guid Elsewhere = Guid.CreateVersion7();

    private static Conversation Chat(string unit, int firstResponseSeconds, string agent, Guid? id = null, DateTimeOffset? queued = null)
    {
        var at = queued ?? Queued;
        return new Conversation
        {
            Id = id ?? Guid.CreateVersion7(), Channel = ConversationChannels.Web, Language = "nl", QueueUnit = unit,
            State = ConversationStates.Closed, TokenHash = "x", DialogueStateJson = "{}", Version = Guid.NewGuid(),
            CreatedAt = at.AddMinutes(-1), UpdatedAt = at.AddMinutes(20), QueuedAt = at, ClaimedAt = at.AddSeconds(firstResponseSeconds - 5),
            FirstAgentResponseAt = at.AddSeconds(firstResponseSeconds), ClosedAt = at.AddMinutes(20),
            AssignedAgentId = agent, AssignedAgentName = agent, Outcome = Outcomes.Answered,
        };
    }

    private static Task SeedAsync(VerbindingApplication app, params Conversation[] chats) => app.WithDbAsync(db =>
    {
        db.AddRange(chats);
        return db.SaveChangesAsync();
    });
}
