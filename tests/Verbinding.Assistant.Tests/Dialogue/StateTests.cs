using System.Text.Json;
using Verbinding.Assistant.Dialogue;
using Verbinding.Assistant.Topics;

namespace Verbinding.Assistant.Tests.Dialogue;

public sealed class StateTests
{
    [Fact]
    public void State_survives_a_json_round_trip_mid_conversation()
    {
        var understanding = new ScriptedUnderstanding().Says("Mijn fiets is gisteren gestolen", TopicIds.AangifteFietsendiefstal,
            entities: [ScriptedUnderstanding.Date("2026-11-28")]);
        var engine = new DialogueEngine(understanding);
        var state = engine.Reply(DialogueState.Start("nl"), "Mijn fiets is gisteren gestolen", Conversation.Now).State;

        var restored = JsonSerializer.Deserialize<DialogueState>(JsonSerializer.Serialize(state))!;
        var fromOriginal = engine.Reply(state, "nee", Conversation.Now);
        var fromRestored = engine.Reply(restored, "nee", Conversation.Now);

        Assert.Equal(fromOriginal.Replies.Select(r => r.Text), fromRestored.Replies.Select(r => r.Text));
        Assert.Equal(fromOriginal.Replies.SelectMany(r => r.Actions), fromRestored.Replies.SelectMany(r => r.Actions));
        Assert.Equal("2026-11-28", restored.Details["date"]);
        Assert.Equal(state.PendingQuestion, restored.PendingQuestion);
    }

    [Fact]
    public void Turns_and_transcript_are_counted()
    {
        var wout = new Conversation(new ScriptedUnderstanding().Says("hallo", TopicIds.Begroeting));

        for (var i = 0; i < 8; i++)
            wout.Send("hallo");

        Assert.Equal(8, wout.State.Turns);
        Assert.Equal(DialogueState.TranscriptLength, wout.State.Transcript.Count);
    }
}
