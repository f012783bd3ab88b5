using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Features.Monitor.Data;
using Verbinding.Web.Features.Monitor.Responses;
using Verbinding.Web.Features.ServiceClocks;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Monitor;

public sealed class FollowUpTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Page = "/medewerker/monitor/opvolging";

    private VerbindingApplication App => fixture.App;

    /// <summary>A very dissatisfied citizen of <paramref name="eenheid"/> who said we may call back.</summary>
    private async Task<FollowUpTask> DissatisfiedCitizenAsync(string eenheid, string reference)
    {
        var invitation = await App.InviteAsync(MonitorData.Contact(eenheid), reference: reference);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var outcome = await scope.ServiceProvider.GetRequiredService<SurveySubmission>().SubmitAsync(invitation.Token!,
                new SurveyAnswers(1, new Dictionary<string, int?>(), 2, 3, "Niemand belde terug.", ContactPermission: true), default);
            Assert.Equal(SubmitOutcome.Stored, outcome);
        }
        return await App.WithDbAsync(db => db.Set<FollowUpTask>().AsNoTracking().SingleAsync(t => t.ContactReference == reference));
    }

    [Fact]
    public async Task Team_sees_its_own_call_backs_with_a_five_working_day_clock()
    {
        var task = await DissatisfiedCitizenAsync("zeeland-west-brabant", "AANGIFTE-ZWB-1");
        var other = await DissatisfiedCitizenAsync("oost-brabant", "AANGIFTE-OB-1");
        Assert.NotNull(task.ServiceClockId);

        var wijkagent = await App.CreateStaffAsync(StaffRoles.Wijkagent, "zeeland-west-brabant");
        using var client = await App.SignInAsStaffAsync(wijkagent);
        var page = await client.GetPageAsync(Page);
        var row = page.QuerySelector($"tr[data-task='{task.Id}']")!;
        Assert.Contains("AANGIFTE-ZWB-1", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Niemand belde terug.", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Zeer ontevreden", row.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector($"tr[data-task='{other.Id}']"));

        var clock = await App.WithDbAsync(db => db.Set<ServiceClockRecord>().SingleAsync(c => c.Id == task.ServiceClockId));
        Assert.Equal("survey-follow-up", clock.ServiceLevelKey);
        Assert.True(clock.Due > task.CreatedAt.AddDays(4), "five working days are at least a calendar week minus a weekend");
    }

    [Fact]
    public async Task Marking_contacted_stops_the_clock_and_closing_erases_the_contact_details()
    {
        var task = await DissatisfiedCitizenAsync("den-haag", "AANGIFTE-DH-1");
        var supervisor = await App.CreateStaffAsync(StaffRoles.Supervisor, "den-haag");
        using var client = await App.SignInAsStaffAsync(supervisor);
        var form = $"tr[data-task='{task.Id}'] form";

        var empty = await (await client.PostFormAsync(Page, new Dictionary<string, string> { ["id"] = task.Id.ToString(), ["note"] = " ", ["decision"] = "contacted" }, form)).ParseAsync();
        Assert.Contains("Schrijf een korte notitie", empty.QuerySelector("#form-errors")!.TextContent, StringComparison.Ordinal);

        await client.PostFormAsync(Page, new Dictionary<string, string> { ["id"] = task.Id.ToString(), ["note"] = "Gebeld, excuses gemaakt.", ["decision"] = "contacted" }, form);
        var contacted = await App.WithDbAsync(db => db.Set<FollowUpTask>().AsNoTracking().SingleAsync(t => t.Id == task.Id));
        Assert.Equal((FollowUpStatus.InProgress, "Gebeld, excuses gemaakt."), (contacted.Status, contacted.Note));
        Assert.NotNull(contacted.ContactedAt);
        Assert.NotNull(await App.WithDbAsync(db => db.Set<ServiceClockRecord>().Where(c => c.Id == task.ServiceClockId).Select(c => c.ClosedAt).SingleAsync()));

        await client.PostFormAsync(Page, new Dictionary<string, string> { ["id"] = task.Id.ToString(), ["note"] = "Afgerond.", ["decision"] = "close" }, form);
        var closed = await App.WithDbAsync(db => db.Set<FollowUpTask>().AsNoTracking().SingleAsync(t => t.Id == task.Id));
        Assert.Equal(FollowUpStatus.Done, closed.Status);
        Assert.Null(closed.ContactReference);
        Assert.Null(closed.ContactEmail);
        Assert.Equal(Guid.Empty, closed.ResponseId);
        var audited = await App.WithDbAsync(db => db.Set<AuditEntry>().Where(e => e.EntityId == task.Id.ToString()).Select(e => e.Action).ToListAsync());
        Assert.Contains("followup.contacted", audited);
        Assert.Contains("followup.closed", audited);
    }

    [Fact]
    public async Task Staff_of_another_unit_cannot_close_a_task()
    {
        var task = await DissatisfiedCitizenAsync("limburg", "AANGIFTE-LB-1");
        await DissatisfiedCitizenAsync("amsterdam", "AANGIFTE-AMS-1");
        var agent = await App.CreateStaffAsync(StaffRoles.ServiceAgent, "amsterdam");
        using var client = await App.SignInAsStaffAsync(agent);
        var page = await (await client.PostFormAsync(Page,
            new Dictionary<string, string> { ["id"] = task.Id.ToString(), ["note"] = "Poging", ["decision"] = "close" }, "tr[data-task] form")).ParseAsync();
        Assert.Contains("hoort niet bij uw eenheid", page.QuerySelector("#form-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(FollowUpStatus.Open, await App.WithDbAsync(db => db.Set<FollowUpTask>().Where(t => t.Id == task.Id).Select(t => t.Status).SingleAsync()));
    }

    [Fact]
    public async Task Analyst_cannot_open_the_call_back_list()
    {
        var analyst = await App.CreateStaffAsync(StaffRoles.Analyst, "limburg");
        using var client = await App.SignInAsStaffAsync(analyst);
        Assert.NotEqual(System.Net.HttpStatusCode.OK, (await client.GetAsync(Page)).StatusCode);
    }
}
