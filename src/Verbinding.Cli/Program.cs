using System.CommandLine;
using Verbinding.Cli.Assistant;

var root = new RootCommand("verbinding: operator tools for the Verbinding platform");
root.Subcommands.Add(AssistantCommands.Create());
return await root.Parse(args).InvokeAsync();
