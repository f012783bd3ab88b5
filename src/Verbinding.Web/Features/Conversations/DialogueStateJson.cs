using System.Text.Json;
using Verbinding.Assistant.Dialogue;

namespace Verbinding.Web.Features.Conversations;

/// <summary>Wout keeps no memory; the conversation row carries his <see cref="DialogueState"/> between messages.</summary>
public static class DialogueStateJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write(DialogueState state) => JsonSerializer.Serialize(state, Options);

    public static DialogueState Read(string json, string language) =>
        JsonSerializer.Deserialize<DialogueState>(json, Options) ?? DialogueState.Start(language);
}
