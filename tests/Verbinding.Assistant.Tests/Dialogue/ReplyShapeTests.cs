using Verbinding.Assistant.Dialogue;
using Verbinding.Assistant.Topics;

namespace Verbinding.Assistant.Tests.Dialogue;

/// <summary>Any channel must be able to render any reply: a topic on every reply, a label and href on every action.</summary>
public sealed class ReplyShapeTests
{
    private static readonly string[] HrefStarts = ["/", "tel:", "https://", "wout:"];

    public static TheoryData<string, string> EveryTopicInBothLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var topic in TopicIds.All.Append(TopicIds.Onbekend))
        {
            data.Add(topic, "nl");
            data.Add(topic, "en");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryTopicInBothLanguages))]
    public void Every_reply_has_a_topic_and_every_action_a_label_and_href(string topic, string language)
    {
        var wout = new Conversation(new ScriptedUnderstanding().Says("bericht", topic, language), language);

        var turn = wout.Send("bericht");
        // Follow the flow to its end so the route replies are checked too.
        for (var i = 0; i < 8 && turn.State.PendingQuestion is { } pending && pending != DialogueState.ClarifyQuestion; i++)
            turn = wout.Send("wout:answer/nee");

        var replies = wout.Turns.SelectMany(t => t.Replies).ToList();
        Assert.NotEmpty(replies);
        foreach (var reply in replies)
        {
            Assert.False(string.IsNullOrWhiteSpace(reply.Text));
            Assert.True(TopicIds.IsKnown(reply.Topic) || reply.Topic == TopicIds.Onbekend, reply.Topic);
            foreach (var action in reply.Actions)
            {
                Assert.False(string.IsNullOrWhiteSpace(action.Label));
                Assert.Contains(HrefStarts, start => action.Href.StartsWith(start, StringComparison.Ordinal));
                Assert.False(string.IsNullOrWhiteSpace(action.Kind));
            }
        }
    }
}
