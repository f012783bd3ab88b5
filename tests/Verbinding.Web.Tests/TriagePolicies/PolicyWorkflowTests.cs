using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Verbinding.Assistant.Dialogue;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Features.TriagePolicies;
using Verbinding.Web.Infrastructure.Web;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.TriagePolicies;

/// <summary>
/// Acceptance 3 of issue 6: a policy change goes draft -> simulation -> four-eyes approval -> effective at its date,
/// with audit, and every triage answer names the version that produced it.
/// </summary>
public sealed class PolicyWorkflowTests
{
    private const string Published = "2026-12-01";
    private const string OnlineBikes = "\"online-aangifte\": [\"aangifte-fietsendiefstal\", ";

    [Fact]
    public async Task Change_is_simulated_approved_by_a_second_administrator_and_takes_effect_at_its_date()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = await VerbindingApplication.StartAsync(services: s => s.AddSingleton<TimeProvider>(clock));
        var author = await app.SignInAsStaffAsync(await app.CreateStaffAsync(StaffRoles.Administrator, "landelijke-eenheid", national: true));
        var approver = await app.SignInAsStaffAsync(await app.CreateStaffAsync(StaffRoles.Administrator, "landelijke-eenheid", national: true));

        // Draft: bicycle theft no longer reported online.
        var document = await DocumentAsync(author, "national");
        Assert.Contains(OnlineBikes, document);
        var id = await SaveDraftAsync(author, "national", document
            .Replace($"\"version\": \"{Published}\"", "\"version\": \"2026-12-15\"", StringComparison.Ordinal)
            .Replace(OnlineBikes, "\"online-aangifte\": [", StringComparison.Ordinal));

        // Simulation: the bicycle situations change, nothing else.
        var page = await author.GetPageAsync($"/medewerker/triagebeleid/{id}");
        var summary = page.QuerySelector("[data-testid=simulation-summary]")!;
        Assert.True(int.Parse(summary.GetAttribute("data-total")!, CultureInfo.InvariantCulture) >= 120);
        var changed = page.QuerySelectorAll("[data-testid=simulation] tr[data-situation]").Select(r => r.GetAttribute("data-situation")!).ToList();
        Assert.Contains("aangifte-fietsendiefstal", changed);
        Assert.All(changed, s => Assert.StartsWith("aangifte-fietsendiefstal", s));
        Assert.Contains(page.QuerySelectorAll("[data-testid=diff] tr[data-kind=Removed] code"), c => c.TextContent.Contains(OnlineBikes));

        Assert.Equal(HttpStatusCode.Redirect, (await author.PostFormAsync($"/medewerker/triagebeleid/{id}", new Dictionary<string, string>(), "form[action*='handler=Submit']")).StatusCode);

        // Four eyes: the author cannot approve.
        var own = await author.PostFormAsync($"/medewerker/triagebeleid/{id}", new Dictionary<string, string> { ["EffectiveFrom"] = "" }, "form[action*='handler=Approve']");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        var refused = await own.ParseAsync();
        Assert.Contains("eigen wijziging niet goedkeuren", refused.QuerySelector("#form-errors")!.TextContent);
        Assert.Equal(PolicyStatus.Submitted, refused.QuerySelector("[data-testid=status]")!.GetAttribute("data-status"));

        // A second administrator approves, effective in two days (Dutch local time in the form).
        var effective = DutchTime.ToLocal(clock.GetUtcNow().AddDays(2)).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
        var approved = await approver.PostFormAsync($"/medewerker/triagebeleid/{id}", new Dictionary<string, string> { ["EffectiveFrom"] = effective }, "form[action*='handler=Approve']");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var scheduled = await approver.GetPageAsync($"/medewerker/triagebeleid/{id}");
        Assert.Equal(PolicyStatus.Scheduled, scheduled.QuerySelector("[data-testid=status]")!.GetAttribute("data-status"));

        var history = await approver.GetPageAsync("/medewerker/triagebeleid");
        Assert.Equal(Published, history.QuerySelector("[data-testid=in-force] li[data-scope=national] a")!.TextContent);
        Assert.Equal(PolicyStatus.Scheduled, history.QuerySelector($"[data-testid=policy-versions] tr[data-id='{id}']")!.GetAttribute("data-status"));

        var before = await BicycleTheftAsync(app);
        Assert.Equal((Published, "aangifte-online"), before);

        clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(1));

        var after = await BicycleTheftAsync(app);
        Assert.Equal("2026-12-15", after.Version);
        Assert.NotEqual("aangifte-online", after.First);
        // (The sessions expired with the clock; the page's history is read through its service.)
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var queries = scope.ServiceProvider.GetRequiredService<PolicyQueries>();
            var inForce = await queries.InForceAsync(default);
            Assert.Equal("2026-12-15", inForce[PolicyScopes.National].Label);
            Assert.Equal(PolicyStatus.Superseded, queries.ShownStatus((await queries.FindAsync(1, default))!, inForce));
        }

        var actions = await app.WithDbAsync(db => db.Set<AuditEntry>()
            .Where(e => e.EntityType == "TriagePolicyVersion" && e.EntityId == id.ToString(CultureInfo.InvariantCulture))
            .Select(e => e.Action).ToListAsync());
        Assert.Superset(new HashSet<string> { "draft", "submit", "approve-refused", "approve" }, actions.ToHashSet());
    }

    [Theory]
    [InlineData("\"removeRules\": []", "\"removeRules\": [\"safety-urgent\"]", "may not remove safety rule 'safety-urgent'")]
    [InlineData("\"firstResponse\": \"30m\"", "\"firstResponse\": \"2h\"", "longer than the national maximum 1h")]
    public async Task Forbidden_unit_override_is_refused_at_save_with_the_reason_and_the_text_kept(string from, string to, string reason)
    {
        await using var app = await VerbindingApplication.StartAsync();
        var admin = await app.SignInAsStaffAsync(await app.CreateStaffAsync(StaffRoles.Administrator, "landelijke-eenheid", national: true));
        var edited = (await DocumentAsync(admin, "zeeland-west-brabant"))
            .Replace("\"version\": \"2026-12-01\",", "\"version\": \"2026-12-20\",", StringComparison.Ordinal)
            .Replace(from, to, StringComparison.Ordinal);

        var response = await admin.PostFormAsync("/medewerker/triagebeleid/nieuw?scope=zeeland-west-brabant",
            new Dictionary<string, string> { ["Scope"] = "zeeland-west-brabant", ["Document"] = edited, ["ChangeNote"] = "Test" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Contains(reason, page.QuerySelector("#form-errors")!.TextContent);
        Assert.Equal(edited.ReplaceLineEndings(), page.QuerySelector("textarea#Document")!.TextContent.ReplaceLineEndings());
        Assert.False(await app.WithDbAsync(db => db.Set<PolicyVersion>().AnyAsync(v => v.Label == "2026-12-20")));
    }

    [Fact]
    public async Task Allowed_unit_override_is_saved_as_a_draft_that_changes_nothing_until_approved()
    {
        await using var app = await VerbindingApplication.StartAsync();
        var admin = await app.SignInAsStaffAsync(await app.CreateStaffAsync(StaffRoles.Administrator, "landelijke-eenheid", national: true));
        var edited = (await DocumentAsync(admin, "zeeland-west-brabant"))
            .Replace("\"version\": \"2026-12-01\",", "\"version\": \"2026-12-21\",", StringComparison.Ordinal)
            .Replace("\"firstResponse\": \"30m\"", "\"firstResponse\": \"15m\"", StringComparison.Ordinal);

        var id = await SaveDraftAsync(admin, "zeeland-west-brabant", edited);

        var page = await admin.GetPageAsync($"/medewerker/triagebeleid/{id}");
        Assert.Equal(PolicyStatus.Draft, page.QuerySelector("[data-testid=status]")!.GetAttribute("data-status"));
        Assert.Equal("0", page.QuerySelector("[data-testid=simulation-summary]")!.GetAttribute("data-changes"));
        Assert.Equal(("2026-12-01+zeeland-west-brabant.2026-12-01", "aangifte-online"), await BicycleTheftAsync(app, "Breda"));
    }

    [Fact]
    public async Task Wout_follows_the_approved_version_without_a_restart()
    {
        await using var app = await VerbindingApplication.StartAsync();
        var wout = app.Services.GetRequiredService<DialogueEngine>();
        const string online = "/aangifte/nieuw?type=fietsendiefstal";
        Assert.Contains(online, WoutLinksForStolenBike(wout));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var admin = scope.ServiceProvider.GetRequiredService<PolicyAdmin>();
            var published = (await scope.ServiceProvider.GetRequiredService<PolicyQueries>().InForceAsync(default))[PolicyScopes.National].Document;
            var (draft, problems) = await admin.CreateDraftAsync(PolicyScopes.National, published
                .Replace($"\"version\": \"{Published}\"", "\"version\": \"2026-12-16\"", StringComparison.Ordinal)
                .Replace(OnlineBikes, "\"online-aangifte\": [", StringComparison.Ordinal), "No online bicycle reports", new PolicyActor("a", "Author"), default);
            Assert.Empty(problems);
            Assert.Null(await admin.SubmitAsync(draft!.Id, new PolicyActor("a", "Author"), default));
            Assert.Null(await admin.ApproveAsync(draft.Id, new PolicyActor("b", "Approver"), null, default));
        }

        Assert.DoesNotContain(online, WoutLinksForStolenBike(wout));
    }

    private static IReadOnlyList<string> WoutLinksForStolenBike(DialogueEngine wout)
    {
        var now = DateTimeOffset.UtcNow;
        var turn = wout.Reply(DialogueState.Start("nl"), QuickReplies.TopicHref("aangifte-fietsendiefstal"), now);
        for (var i = 0; i < 12 && turn.State.PendingQuestion is not null; i++)
        {
            turn = wout.Reply(turn.State, "nee", now);
        }
        return turn.Replies.SelectMany(r => r.Actions).Select(a => a.Href).ToList();
    }

    [Theory]
    [InlineData(StaffRoles.Supervisor)]
    [InlineData(StaffRoles.ServiceAgent)]
    public async Task Only_administrators_open_the_policy_pages(string role)
    {
        await using var app = await VerbindingApplication.StartAsync();
        var client = await app.SignInAsStaffAsync(await app.CreateStaffAsync(role));

        foreach (var url in new[] { "/medewerker/triagebeleid", "/medewerker/triagebeleid/nieuw", "/medewerker/triagebeleid/1" })
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden
                || response.Headers.Location?.OriginalString.Contains("geen-toegang", StringComparison.Ordinal) == true, $"{url}: {response.StatusCode}");
        }
    }

    private static async Task<string> DocumentAsync(HttpClient client, string scope) =>
        (await client.GetPageAsync($"/medewerker/triagebeleid/nieuw?scope={scope}")).QuerySelector("textarea#Document")!.TextContent;

    private static async Task<int> SaveDraftAsync(HttpClient client, string scope, string document)
    {
        var response = await client.PostFormAsync($"/medewerker/triagebeleid/nieuw?scope={scope}",
            new Dictionary<string, string> { ["Scope"] = scope, ["Document"] = document, ["ChangeNote"] = "Test change" });
        var errors = response.StatusCode == HttpStatusCode.OK ? (await response.ParseAsync()).QuerySelector("#form-errors")?.TextContent : null;
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, errors);
        var location = response.Headers.Location!.OriginalString;
        return int.Parse(location.Split('/')[^1].Split('?')[0], CultureInfo.InvariantCulture);
    }

    private static async Task<(string Version, string First)> BicycleTheftAsync(VerbindingApplication app, string municipality = "Utrecht")
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/triage", new
        {
            topic = "aangifte-fietsendiefstal",
            answers = new { happeningNow = false, suspectKnown = false },
            municipality,
            language = "nl",
        });
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (json.RootElement.GetProperty("policyVersion").GetString()!,
            json.RootElement.GetProperty("options")[0].GetProperty("intervention").GetString()!);
    }
}
