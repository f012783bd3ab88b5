using System.CommandLine;

var root = new RootCommand("verbinding: operator tools for the Verbinding platform");
return await root.Parse(args).InvokeAsync();
