using BenchmarkDotNet.Running;

// Benchmarks of the web application's pure parts. Short runs by default: the build machine is shared. Example:
//   dotnet run -c Release --project bench/Verbinding.Web.Bench -- --filter '*ProofOfReport*'
BenchmarkSwitcher.FromAssembly(typeof(Verbinding.Web.Bench.ProofOfReportBenchmarks).Assembly).Run(args);
