using System.Text.Json;
using Verbinding.Triage.Policy;

namespace Verbinding.Web.Features.Conversations.Tools;

/// <summary>One standaardantwoord: a title for the colleague's list and the text the citizen gets, both in nl and en.</summary>
public sealed record CannedReply(string Id, LocalizedText Title, LocalizedText Text);

/// <summary>reference/canned-replies.json: the standaardantwoorden (versioned data, not code).</summary>
public sealed record CannedReplies(string Version, IReadOnlyList<CannedReply> Replies)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "reference", "canned-replies.json");

    public CannedReply? Find(string? id) => Replies.FirstOrDefault(r => r.Id == id);

    public static CannedReplies Load(string path)
    {
        using var stream = File.OpenRead(path);
        var file = JsonSerializer.Deserialize<CannedReplies>(stream, JsonOptions)
            ?? throw new InvalidDataException("canned-replies.json is empty.");
        return file.Replies is { Count: > 0 } ? file : throw new InvalidDataException("canned-replies.json has no 'replies'.");
    }
}
