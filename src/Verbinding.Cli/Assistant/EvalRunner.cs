using System.Text.Json;
using Verbinding.Assistant.Evaluation;

namespace Verbinding.Cli.Assistant;

internal static class EvalRunner
{
    public static int Run(FileInfo input, TextWriter output)
    {
        var messages = Jsonl.Read(input).Select(ToLabelled).ToList();
        var result = Evaluator.Run(WoutFactory.Create(), messages, DateTimeOffset.Now);
        output.WriteLine($"accuracy: {result.Accuracy:P1} ({result.Count} messages)");
        output.WriteLine($"emergencies flagged: {result.EmergenciesFlagged}/{result.Emergencies}, false alarms: {result.FalseAlarms.Count}");
        foreach (var missed in result.MissedEmergencies)
        {
            output.WriteLine($"  MISSED EMERGENCY: {missed}");
        }

        foreach (var alarm in result.FalseAlarms)
        {
            output.WriteLine($"  false alarm: {alarm}");
        }

        output.WriteLine();
        output.WriteLine($"{"topic",-30} {"n",5} {"precision",10} {"recall",8}");
        foreach (var topic in result.PerTopic)
        {
            output.WriteLine($"{topic.Topic,-30} {topic.Support,5} {topic.Precision,10:P0} {topic.Recall,8:P0}");
        }

        output.WriteLine();
        output.WriteLine("biggest confusions (expected -> predicted):");
        foreach (var confusion in result.Confusions)
        {
            output.WriteLine($"{confusion.Count,5}  {confusion.Expected} -> {confusion.Predicted}");
        }

        return 0;
    }

    private static LabelledMessage ToLabelled(JsonElement line)
    {
        var text = line.GetProperty("text").GetString() ?? "";
        var accept = line.TryGetProperty("accept", out var list)
            ? list.EnumerateArray().Select(t => t.GetString() ?? "").ToList()
            : [line.GetProperty("topic").GetString() ?? ""];
        return new LabelledMessage(text, accept);
    }
}
