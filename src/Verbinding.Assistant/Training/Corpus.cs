using System.Reflection;
using System.Text.Json;

namespace Verbinding.Assistant.Training;

/// <summary>
/// Wout's training corpus, embedded in the assembly: <c>Training/corpus/&lt;topic&gt;.jsonl</c> (the curated
/// corpus) plus <c>Training/corpus-extra/&lt;topic&gt;.jsonl</c> (extra lines for weak topics), in file order.
/// </summary>
public static class Corpus
{
    private static readonly Lazy<IReadOnlyList<CorpusFile>> EmbeddedFiles = new(LoadEmbedded);

    public static IReadOnlyList<CorpusFile> Files => EmbeddedFiles.Value;

    public static IReadOnlyList<TrainingExample> Examples => Files.SelectMany(f => f.Examples).ToList();

    public static IReadOnlyList<TrainingExample> Parse(string jsonl) =>
        jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(ParseLine)
            .ToList();

    private static TrainingExample ParseLine(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        return new TrainingExample(
            root.GetProperty("text").GetString() ?? "",
            root.GetProperty("topic").GetString() ?? "",
            root.TryGetProperty("lang", out var lang) ? lang.GetString() ?? "nl" : "nl");
    }

    private static IReadOnlyList<CorpusFile> LoadEmbedded()
    {
        var assembly = typeof(Corpus).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.EndsWith(".jsonl", StringComparison.Ordinal))
            .Where(name => name.StartsWith("corpus/", StringComparison.Ordinal) || name.StartsWith("corpus-extra/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => new CorpusFile(name, Parse(Read(assembly, name))))
            .ToList();
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

/// <summary>One corpus file; <see cref="Name"/> is "corpus/&lt;topic&gt;.jsonl" or "corpus-extra/&lt;topic&gt;.jsonl".</summary>
public sealed record CorpusFile(string Name, IReadOnlyList<TrainingExample> Examples)
{
    public string Topic => Path.GetFileNameWithoutExtension(Name);
}
