using BenchmarkDotNet.Running;

// Short runs by default: the build machine is shared. Example:
//   dotnet run -c Release --project bench/Verbinding.Assistant.Bench -- --filter '*' --job short
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
