using Verbinding.Assistant.Dialogue;

namespace Verbinding.Assistant.Tests.Dialogue;

/// <summary>Drives a conversation the way a channel does: keep the state, send messages, look at the last turn.</summary>
internal sealed class Conversation(ScriptedUnderstanding understanding, string language = "nl")
{
    public static readonly DateTimeOffset Now = new(2026, 11, 29, 14, 0, 0, TimeSpan.FromHours(1));

    private readonly DialogueEngine _engine = new(understanding);

    public DialogueState State { get; private set; } = DialogueState.Start(language);

    public DialogueTurn Last { get; private set; } = null!;

    public List<DialogueTurn> Turns { get; } = [];

    public DialogueTurn Send(string text)
    {
        Last = _engine.Reply(State, text, Now);
        State = Last.State;
        Turns.Add(Last);
        return Last;
    }

    /// <summary>Answers every remaining triage question the same way; returns the questions asked.</summary>
    public List<string> AnswerAll(string answer)
    {
        var asked = new List<string>();
        for (var i = 0; i < 12 && State.PendingQuestion is { } pending; i++)
        {
            asked.Add(pending);
            Send(answer);
        }
        return asked;
    }

    public Conversation WithScript(Action<ScriptedUnderstanding> script)
    {
        script(understanding);
        return this;
    }

    public string LastText => string.Join("\n", Last.Replies.Select(r => r.Text));

    public IEnumerable<ReplyAction> LastActions => Last.Replies.SelectMany(r => r.Actions);
}
