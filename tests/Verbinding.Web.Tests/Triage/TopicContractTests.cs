using Microsoft.Extensions.DependencyInjection;
using Verbinding.Assistant.Topics;
using Verbinding.Web.Features.Triage;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Triage;

/// <summary>The triage policy and Wout share one topic contract (shared/design/assistant-topics.md).</summary>
public sealed class TopicContractTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public void Triage_policy_covers_exactly_Wout_topics()
    {
        var policyTopics = fixture.App.Services.GetRequiredService<TriageService>().Policies.National.Topics.Select(t => t.Id);

        Assert.Equal(TopicIds.All.Order(), policyTopics.Order());
    }
}
