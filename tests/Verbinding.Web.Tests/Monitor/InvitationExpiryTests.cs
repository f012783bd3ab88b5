using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verbinding.Web.Features.Monitor.Data;
using Verbinding.Web.Features.Monitor.Invitations;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Monitor;

/// <summary>An invitation link works for 14 days; after that the page says so and the purge erases the link to the citizen.</summary>
public sealed class InvitationExpiryTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private VerbindingApplication App => fixture.App;

    [Fact]
    public async Task Link_works_fourteen_days_then_shows_it_expired_and_the_purge_forgets_the_citizen()
    {
        var invitation = await App.InviteAsync(reference: "aangifte:" + Guid.NewGuid());
        var stored = await App.WithDbAsync(db => db.Set<SurveyInvitation>().AsNoTracking().SingleAsync(i => i.Id == invitation.InvitationId));
        Assert.Equal(TimeSpan.FromDays(14), stored.ExpiresAt - stored.CreatedAt);
        Assert.NotNull(stored.ProtectedEmail);

        await App.WithDbAsync(db => db.Set<SurveyInvitation>().Where(i => i.Id == invitation.InvitationId)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1))));
        using var client = App.CreateBrowserClient();
        var page = await client.GetPageAsync(SurveyTokens.Path(invitation.Token!));
        Assert.Equal("Deze link is verlopen", page.QuerySelector("[data-testid=survey-closed]")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("form input[name=Overall]"));

        await using (var scope = App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SurveyMaintenance>().PurgeAsync(default);
        }
        var purged = await App.WithDbAsync(db => db.Set<SurveyInvitation>().AsNoTracking().SingleAsync(i => i.Id == invitation.InvitationId));
        Assert.Null(purged.ProtectedEmail);
        Assert.Null(purged.ContactReference);
    }
}
