using System.Diagnostics;
using Verbinding.Assistant.Classification;
using Verbinding.Assistant.Understanding;

namespace Verbinding.Assistant.Bench;

/// <summary>
/// Per-call latency, load time and memory in a fresh process, one thread: what BenchmarkDotNet's averages hide.
/// Run with <c>dotnet run -c Release --project bench/Verbinding.Assistant.Bench -- --latency [calls]</c>.
/// </summary>
public static class LatencyProbe
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 14, 0, 0, TimeSpan.FromHours(1));

    public static void Run(int calls)
    {
        var messages = BenchMessages.All; // reading the corpus is benchmark setup, not Wout's load
        var baseline = Memory();

        var load = Stopwatch.StartNew();
        var model = WoutModel.Default;
        var modelLoad = load.Elapsed;
        var afterModel = Memory();
        // First call of each part in a fresh process: where the time to the first answer goes.
        var firstCalls = new (string Name, double Ms)[]
        {
            ("entities", Time(() => new Verbinding.Assistant.Entities.EntityExtractor().Extract(messages[0], Now)) / 1000),
            ("guard", Time(() => EmergencyGuard.Assess(messages[0])) / 1000),
            ("classifier", Time(() => new TopicClassifier(model).Score(messages[0])) / 1000),
            ("language", Time(() => LanguageDetector.Detect(messages[0])) / 1000),
        };
        var wout = WoutUnderstanding.CreateDefault();
        wout.Understand(messages[0], Now);
        var firstAnswer = load.Elapsed;
        var afterLoad = Memory();
        for (var i = 0; i < 2_000; i++)
            wout.Understand(messages[i % messages.Count], Now);
        var afterWarmUp = Memory();

        // First sight of each message in a fresh process: stems, regex automata and JIT still warming up.
        var cold = messages.Skip(1).Select(m => Time(() => wout.Understand(m, Now))).ToArray();

        for (var i = 0; i < 20 * messages.Count; i++)
            wout.Understand(messages[i % messages.Count], Now);

        var warm = new double[calls];
        var cpu = new double[calls];
        var gcBefore = GC.CollectionCount(0);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < calls; i++)
        {
            var message = messages[i % messages.Count];
            var cpuStart = ThreadCpu.Microseconds();
            var start = Stopwatch.GetTimestamp();
            wout.Understand(message, Now);
            warm[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
            cpu[i] = ThreadCpu.Microseconds() - cpuStart;
        }
        var gen0 = GC.CollectionCount(0) - gcBefore;
        var allocatedPerCall = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / calls;
        var afterRun = Memory();

        // The machine is shared: a call preempted by another job looks slow. Each message's own cost is the median of
        // its repeated calls; the percentiles over messages then show what the code costs, not what the scheduler did.
        var perMessage = PerMessageMedians(messages, m => wout.Understand(m, Now));
        var extractor = new Verbinding.Assistant.Entities.EntityExtractor();
        var classifier = new TopicClassifier(model);
        var parts = new (string Name, Action<string> Call)[]
        {
            ("entities", m => extractor.Extract(m, Now)),
            ("guard", m => EmergencyGuard.Assess(m)),
            ("classifier", m => classifier.Score(m)),
            ("language", m => LanguageDetector.Detect(m)),
        };

        Console.WriteLine($"messages: {messages.Count}, model features: {model.Features.Count}, processors: {Environment.ProcessorCount}");
        Console.WriteLine($"load: model {modelLoad.TotalMilliseconds:F0} ms, first answer (model + extractor + first message) {firstAnswer.TotalMilliseconds:F0} ms");
        Console.WriteLine($"memory baseline: {baseline}");
        Console.WriteLine($"first calls (ms): {string.Join(", ", firstCalls.Select(f => $"{f.Name} {f.Ms:F0}"))}");
        Console.WriteLine($"memory after model: {afterModel}");
        Console.WriteLine($"memory after load: {afterLoad}");
        Console.WriteLine($"memory after 2,000 warm-up calls: {afterWarmUp}");
        Console.WriteLine($"memory after {calls:N0} calls: {afterRun}");
        Console.WriteLine($"cold, first sight of {cold.Length} messages (µs): {Percentiles(cold)}");
        Console.WriteLine($"warm, {calls:N0} calls on one thread (µs): {Percentiles(warm)}; gen0 collections: {gen0}, {allocatedPerCall:N0} B allocated per call");
        Console.WriteLine($"warm, same calls, thread CPU time (µs): {Percentiles(cpu)}");
        Console.WriteLine($"warm, per-message median of 50 calls (µs): {Percentiles(perMessage)}");
        foreach (var (name, call) in parts)
            Console.WriteLine($"  {name,-10} per-message median (µs): {Percentiles(PerMessageMedians(messages, call))}");
        // Each part alone in the rotating loop: which part loses most when its data is no longer in the caches.
        foreach (var (name, call) in parts)
        {
            var (rotating, allocated) = RotatingCpu(messages, call, Math.Min(calls, 20_000));
            Console.WriteLine($"  {name,-10} rotating, thread CPU (µs): {Percentiles(rotating)}; {allocated:N0} B allocated per call");
        }
    }

    private static (double[] Cpu, long AllocatedPerCall) RotatingCpu(IReadOnlyList<string> messages, Action<string> call, int calls)
    {
        var cpu = new double[calls];
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < calls; i++)
        {
            var start = ThreadCpu.Microseconds();
            call(messages[i % messages.Count]);
            cpu[i] = ThreadCpu.Microseconds() - start;
        }

        return (cpu, (GC.GetAllocatedBytesForCurrentThread() - allocated) / calls);
    }

    private static double[] PerMessageMedians(IReadOnlyList<string> messages, Action<string> call, int repeats = 50) =>
        messages.Select(m => Enumerable.Range(0, repeats).Select(_ => Time(() => call(m))).Order().ElementAt(repeats / 2)).ToArray();

    private static double Time(Action action)
    {
        var start = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(start).TotalMicroseconds;
    }

    private static string Percentiles(double[] values)
    {
        var sorted = values.Order().ToArray();
        double P(double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        return $"mean {values.Average():F1}, p50 {P(0.50):F1}, p90 {P(0.90):F1}, p99 {P(0.99):F1}, p99.9 {P(0.999):F1}, max {sorted[^1]:F1}";
    }

    private static string Memory()
    {
        var managed = GC.GetTotalMemory(forceFullCollection: true) / 1024.0 / 1024.0;
        using var process = Process.GetCurrentProcess();
        return $"managed heap {managed:F1} MB, working set {process.WorkingSet64 / 1024.0 / 1024.0:F1} MB, private {process.PrivateMemorySize64 / 1024.0 / 1024.0:F1} MB";
    }
}
