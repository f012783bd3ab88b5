using Verbinding.Web.Features.Monitor.Invitations;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Monitor;

public sealed class InvitationTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private VerbindingApplication App => fixture.App;

    [Fact]
    public async Task A_citizen_is_invited_at_most_once_in_ninety_days()
    {
        var first = await App.InviteAsync(citizen: "123456782");
        var second = await App.InviteAsync(citizen: "123456782");
        Assert.Equal(InvitationOutcome.Created, first.Outcome);
        Assert.Equal(InvitationOutcome.InvitedRecently, second.Outcome);
    }

    [Fact]
    public async Task The_same_contact_is_never_invited_twice()
    {
        Assert.Equal(InvitationOutcome.Created, (await App.InviteAsync(reference: "MELDING-42")).Outcome);
        Assert.Equal(InvitationOutcome.AlreadyInvited, (await App.InviteAsync(reference: "MELDING-42")).Outcome);
    }

    [Fact]
    public async Task Sensitive_topics_are_not_surveyed()
    {
        var result = await App.InviteAsync(MonitorData.Contact(topic: "centrum-seksueel-geweld"));
        Assert.Equal(InvitationOutcome.Excluded, result.Outcome);
        Assert.Null(result.Token);
    }
}
