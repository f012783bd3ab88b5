using System.CommandLine;

namespace Verbinding.Cli.Demo;

/// <summary>`verbinding demo ...`: demo and load data, always through the application services (never raw inserts).</summary>
internal static class DemoCommands
{
    public static Command Create()
    {
        var demo = new Command("demo", "Demo and load data for development and benchmarks (never in production).");
        demo.Subcommands.Add(DemoAangifteCommand.Create());
        demo.Subcommands.Add(DemoSurveyCommand.Create());
        return demo;
    }
}
