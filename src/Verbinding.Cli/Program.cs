using System.CommandLine;
using Verbinding.Cli.Assistant;
using Verbinding.Cli.Audit;
using Verbinding.Cli.Calendar;
using Verbinding.Cli.Database;
using Verbinding.Cli.Demo;

namespace Verbinding.Cli;

public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var root = new RootCommand("verbinding: operator tools for the Verbinding platform");
        root.Subcommands.Add(DbCommands.Create());
        root.Subcommands.Add(AuditCommands.Create());
        root.Subcommands.Add(AssistantCommands.Create());
        root.Subcommands.Add(CalendarCommands.Create());
        root.Subcommands.Add(DemoCommands.Create());
        return await root.Parse(args).InvokeAsync();
    }
}
