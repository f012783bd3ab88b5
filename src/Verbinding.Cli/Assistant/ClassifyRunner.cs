using System.Diagnostics;
using Verbinding.Assistant.Understanding;

namespace Verbinding.Cli.Assistant;

internal static class ClassifyRunner
{
    private static readonly string[] WarmUp =
    [
        "hallo", "mijn fiets is gestolen", "er staat nu iemand met een mes voor de deur", "someone hacked my account",
        "ik wil een afspraak maken op het politiebureau in utrecht", "gisteren is er ingebroken",
    ];

    public static int Run(FileInfo input, FileInfo output)
    {
        var wout = WoutFactory.Create();
        var now = DateTimeOffset.Now;

        // Latency is reported for a warm service: model loaded, code JIT-compiled, regexes built.
        foreach (var warmUp in WarmUp)
        {
            wout.Understand(warmUp, now);
        }

        var latencies = new List<double>();
        using var writer = new StreamWriter(output.FullName);
        foreach (var line in Jsonl.Read(input))
        {
            var text = line.GetProperty("text").GetString() ?? "";
            var started = Stopwatch.GetTimestamp();
            var understood = wout.Understand(text, now);
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMicroseconds);
            writer.WriteLine(Jsonl.Serialize(new
            {
                text,
                topic = understood.Topic,
                confidence = Math.Round(understood.Confidence, 4),
                language = understood.Language,
            }));
        }

        Console.Error.WriteLine(Summary(latencies));
        return 0;
    }

    private static string Summary(List<double> latencies)
    {
        if (latencies.Count == 0)
        {
            return "classified 0 messages";
        }

        latencies.Sort();
        var p99 = latencies[Math.Min(latencies.Count - 1, (int)(0.99 * latencies.Count))];
        return $"classified {latencies.Count} messages; latency per message: mean {latencies.Average():F1} µs, p99 {p99:F1} µs";
    }
}
