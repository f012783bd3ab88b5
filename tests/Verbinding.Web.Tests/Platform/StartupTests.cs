using System.Net;
using Verbinding.Web.Tests.Conversations;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Platform;

/// <summary>
/// Readiness means "answers correctly": Wout's warm-up runs after the node is listening, so the first citizen may
/// arrive before it has loaded anything. Each test starts its own node and asks at once.
/// </summary>
public sealed class StartupTests
{
    [Fact]
    public async Task Wout_answers_the_first_question_asked_as_soon_as_the_node_is_ready()
    {
        await using var app = await VerbindingApplication.StartAsync();
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);

        var chat = await client.StartChatAsync();
        var body = await client.SayAsync(chat, "mijn fiets is gisteren gestolen bij het station");

        Assert.Equal("aangifte-fietsendiefstal", body.GetProperty("replies")[0].GetProperty("topic").GetString());
    }

    [Fact]
    public async Task An_English_question_right_after_start_gets_the_same_answer_as_later()
    {
        await using var app = await VerbindingApplication.StartAsync();
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);

        var first = await client.SayAsync(await client.StartChatAsync(language: "en"), "my bike was stolen yesterday");
        await Task.Delay(TimeSpan.FromSeconds(1));
        var later = await client.SayAsync(await client.StartChatAsync(language: "en"), "my bike was stolen yesterday");

        var reply = first.GetProperty("replies")[0];
        Assert.Equal("aangifte-fietsendiefstal", reply.GetProperty("topic").GetString());
        Assert.Equal(later.GetProperty("replies")[0].GetProperty("text").GetString(), reply.GetProperty("text").GetString());
    }
}
