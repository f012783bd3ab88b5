using BenchmarkDotNet.Running;
using Verbinding.Assistant.Bench;

// Short runs by default: the build machine is shared. Examples:
//   dotnet run -c Release --project bench/Verbinding.Assistant.Bench -- --filter '*' --job short
//   dotnet run -c Release --project bench/Verbinding.Assistant.Bench -- --latency 100000
if (args is ["--latency", ..])
{
    LatencyProbe.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
