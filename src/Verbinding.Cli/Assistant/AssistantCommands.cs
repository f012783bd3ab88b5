using System.CommandLine;
using Verbinding.Assistant.Classification;
using Verbinding.Assistant.Topics;
using Verbinding.Assistant.Training;

namespace Verbinding.Cli.Assistant;

/// <summary>
/// <c>verbinding assistant ...</c>: Wout's language understanding from the command line. The classify,
/// eval, export-training and topics commands are the evaluation contract; keep their shape.
/// </summary>
public static class AssistantCommands
{
    public static Command Create()
    {
        var assistant = new Command("assistant", "Wout, the digital assistant: classify, evaluate and train");
        assistant.Subcommands.Add(Classify());
        assistant.Subcommands.Add(Eval());
        assistant.Subcommands.Add(ExportTraining());
        assistant.Subcommands.Add(Topics());
        assistant.Subcommands.Add(CrossValidate());
        assistant.Subcommands.Add(Train());
        return assistant;
    }

    private static Command Classify()
    {
        var input = new Option<FileInfo>("--input") { Required = true, Description = "JSONL with a \"text\" per line" };
        var output = new Option<FileInfo>("--output") { Required = true, Description = "JSONL {text, topic, confidence, language} per input line" };
        var command = new Command("classify", "Classify messages; prints count and latency on stderr") { input, output };
        command.SetAction(parse => ClassifyRunner.Run(parse.GetValue(input)!, parse.GetValue(output)!));
        return command;
    }

    private static Command Eval()
    {
        var input = new Option<FileInfo>("--input") { Required = true, Description = "JSONL with \"text\" and \"topic\" or \"accept\"" };
        var command = new Command("eval", "Accuracy, per-topic precision/recall and the biggest confusions") { input };
        command.SetAction(parse => EvalRunner.Run(parse.GetValue(input)!, Console.Out));
        return command;
    }

    private static Command ExportTraining()
    {
        var output = new Option<FileInfo>("--output") { Required = true, Description = "JSONL {text, topic, lang}" };
        var command = new Command("export-training", "Write the training corpus") { output };
        command.SetAction(parse =>
        {
            using var writer = new StreamWriter(parse.GetValue(output)!.FullName);
            foreach (var example in Corpus.Examples)
            {
                writer.WriteLine(Jsonl.Serialize(new { text = example.Text, topic = example.Topic, lang = example.Lang }));
            }

            return 0;
        });
        return command;
    }

    private static Command Topics()
    {
        var command = new Command("topics", "List the topic ids, one per line");
        command.SetAction(_ =>
        {
            foreach (var topic in TopicIds.All)
            {
                Console.WriteLine(topic);
            }

            return 0;
        });
        return command;
    }

    private static Command CrossValidate()
    {
        var folds = new Option<int>("--folds") { DefaultValueFactory = _ => 5, Description = "Number of folds" };
        var command = new Command("cross-validate", "Stratified k-fold accuracy on the training corpus") { folds };
        command.SetAction(parse =>
        {
            var k = parse.GetValue(folds);
            var heldOut = CrossValidation.Run(Corpus.Examples, TopicIds.All, new TrainingOptions(), k);
            Console.WriteLine($"{k}-fold cross-validation accuracy: {CrossValidation.Accuracy(heldOut, TopicIds.All):P1} ({heldOut.Count} lines)");
            return 0;
        });
        return command;
    }

    private static Command Train()
    {
        var output = new Option<FileInfo>("--output") { Required = true, Description = "Model file to write (src/Verbinding.Assistant/Classification/Model/wout-topics.model)" };
        var threshold = new Option<float?>("--threshold") { Description = "Fixed confidence threshold instead of the cross-validated one" };
        var command = new Command("train", "Train, calibrate and save the topic model") { output, threshold };
        command.SetAction(parse =>
        {
            var problems = CorpusValidator.Problems(Corpus.Files, []);
            foreach (var problem in problems)
            {
                Console.Error.WriteLine($"corpus: {problem}");
            }

            var model = WoutModel.TrainCalibrated(Corpus.Examples, threshold: parse.GetValue(threshold));
            ModelFile.Write(model, parse.GetValue(output)!.FullName);
            Console.WriteLine($"{Corpus.Examples.Count} lines, {model.Features.Count} features, temperature {model.Temperature}, threshold {model.Threshold}");
            return problems.Count == 0 ? 0 : 1;
        });
        return command;
    }
}
