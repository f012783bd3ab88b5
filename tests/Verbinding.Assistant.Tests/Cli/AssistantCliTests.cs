using System.CommandLine;
using System.Text.Json;
using Verbinding.Assistant.Topics;
using Verbinding.Cli.Assistant;

namespace Verbinding.Assistant.Tests.Cli;

public sealed class AssistantCliTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("wout-cli-");

    [Fact]
    public async Task Classify_writes_one_line_per_input_with_topic_confidence_and_language()
    {
        var input = Path.Combine(_dir.FullName, "in.jsonl");
        var output = Path.Combine(_dir.FullName, "out.jsonl");
        await File.WriteAllLinesAsync(input, ["{\"text\":\"mijn fiets is gestolen\"}", "{\"text\":\"someone is attacking me\",\"id\":7}", "{\"text\":\"\"}"], TestContext.Current.CancellationToken);

        var exit = await RunAsync("assistant", "classify", "--input", input, "--output", output);

        Assert.Equal(0, exit);
        var lines = (await File.ReadAllLinesAsync(output, TestContext.Current.CancellationToken)).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Equal("mijn fiets is gestolen", lines[0].GetProperty("text").GetString());
        Assert.Equal(TopicIds.AangifteFietsendiefstal, lines[0].GetProperty("topic").GetString());
        Assert.Equal(TopicIds.Spoed112, lines[1].GetProperty("topic").GetString());
        Assert.Equal("en", lines[1].GetProperty("language").GetString());
        Assert.All(lines, l => Assert.InRange(l.GetProperty("confidence").GetDouble(), 0, 1));
        Assert.All(lines, l => Assert.True(TopicIds.IsKnown(l.GetProperty("topic").GetString()!) || l.GetProperty("topic").GetString() == TopicIds.Onbekend));
    }

    [Fact]
    public async Task Export_training_writes_the_corpus_as_text_topic_lang_lines()
    {
        var output = Path.Combine(_dir.FullName, "train.jsonl");

        Assert.Equal(0, await RunAsync("assistant", "export-training", "--output", output));

        var first = JsonDocument.Parse(File.ReadLines(output).First()).RootElement;
        Assert.True(TopicIds.IsKnown(first.GetProperty("topic").GetString()!));
        Assert.False(string.IsNullOrEmpty(first.GetProperty("text").GetString()));
        Assert.Contains(first.GetProperty("lang").GetString(), new[] { "nl", "en" });
    }

    public void Dispose() => _dir.Delete(recursive: true);

    private static Task<int> RunAsync(params string[] args)
    {
        var root = new RootCommand { AssistantCommands.Create() };
        return root.Parse(args).InvokeAsync(cancellationToken: TestContext.Current.CancellationToken);
    }
}
