using System.Globalization;
using System.Text.Json;

namespace Verbinding.Assistant.Dialogue.Texts;

/// <summary>A fixed reply for a simple topic: text plus actions, kept as data per language.</summary>
public sealed record TopicReplyText(string Text, IReadOnlyList<ReplyAction> Actions);

/// <summary>
/// All of Wout's user-facing text for one language, loaded from the embedded texts.&lt;lang&gt;.json.
/// Dutch addresses the citizen with "u" (see docs/decisions/wout-dialogue.md).
/// </summary>
public sealed class WoutTexts
{
    private readonly IReadOnlyDictionary<string, string> _strings;
    private readonly IReadOnlyDictionary<string, string> _referrals;
    private readonly IReadOnlyDictionary<string, TopicReplyText> _topics;
    private readonly IReadOnlyDictionary<string, string> _labels;

    private WoutTexts(string language, TextsFile file)
    {
        Language = language;
        _strings = file.Strings;
        _referrals = file.Referrals;
        _topics = file.Topics;
        _labels = file.Labels;
    }

    public string Language { get; }

    public string this[string key] =>
        _strings.TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No {Language} text '{key}'.");

    internal IEnumerable<string> Keys => _strings.Keys.Select(k => $"strings.{k}")
        .Concat(_referrals.Keys.Select(k => $"referrals.{k}"))
        .Concat(_topics.Keys.Select(k => $"topics.{k}"))
        .Concat(_labels.Keys.Select(k => $"labels.{k}"));

    public string Format(string key, params object[] args) => string.Format(CultureInfo.InvariantCulture, this[key], args);

    public string? Referral(string topic) => _referrals.GetValueOrDefault(topic);

    public TopicReplyText? Topic(string topic) => _topics.GetValueOrDefault(topic);

    /// <summary>A plain-language label for a topic, for clarifying questions.</summary>
    public string Label(string topic) => _labels.GetValueOrDefault(topic) ?? topic;

    public static WoutTexts Load(string language)
    {
        var assembly = typeof(WoutTexts).Assembly;
        using var stream = assembly.GetManifestResourceStream($"texts.{language}.json")
            ?? throw new InvalidOperationException($"Embedded texts.{language}.json is missing.");
        var file = JsonSerializer.Deserialize<TextsFile>(stream, JsonOptions)
            ?? throw new InvalidOperationException($"texts.{language}.json is empty.");
        return new WoutTexts(language, file);
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private sealed record TextsFile(
        Dictionary<string, string> Strings,
        Dictionary<string, string> Referrals,
        Dictionary<string, TopicReplyText> Topics,
        Dictionary<string, string> Labels);
}

/// <summary>Dutch and English texts, loaded once.</summary>
public sealed class WoutTextCatalog
{
    private readonly WoutTexts _dutch = WoutTexts.Load(Languages.Dutch);
    private readonly WoutTexts _english = WoutTexts.Load(Languages.English);

    public static WoutTextCatalog Default { get; } = new();

    public WoutTexts For(string language) => language == Languages.English ? _english : _dutch;
}
