using System.Diagnostics;
using System.Globalization;

namespace Verbinding.Cli.Demo;

/// <summary>
/// CPU time used so far by a process and by the PostgreSQL server processes on this machine (Linux /proc; zero
/// where unreadable or when the database runs elsewhere). Per-operation CPU cannot be made noisy by a busy neighbour
/// the way a rate can, so the benchmarks print it next to the rate. Also compiled into bench/Verbinding.Load.
/// </summary>
internal static class ProcessorTime
{
    public static (TimeSpan Own, TimeSpan Postgres) Snapshot() => (Process.GetCurrentProcess().TotalProcessorTime, Postgres());

    /// <summary>The CPU time of process <paramref name="pid"/> (another process, e.g. the node under load).</summary>
    public static TimeSpan Of(int pid) => OperatingSystem.IsLinux() && Read($"/proc/{pid}") is { } stat ? Ticks(stat.Fields) : TimeSpan.Zero;

    public static TimeSpan Postgres()
    {
        if (!OperatingSystem.IsLinux())
        {
            return TimeSpan.Zero;
        }
        var total = TimeSpan.Zero;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (Read(dir) is { } stat && stat.Comm.StartsWith("postgres", StringComparison.Ordinal))
            {
                total += Ticks(stat.Fields);
            }
        }
        return total;
    }

    /// <summary>"pid (comm) state ppid ...": the name, and the fields after the closing parenthesis.</summary>
    private static (string Comm, string[] Fields)? Read(string dir)
    {
        try
        {
            var stat = File.ReadAllText(Path.Combine(dir, "stat"));
            var open = stat.IndexOf('(');
            var close = stat.LastIndexOf(')');
            return open < 0 || close < open ? null : (stat[(open + 1)..close], stat[(close + 2)..].Split(' '));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null; // a process that ended while we looked, or one we may not read
        }
    }

    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name; Linux counts them in clock ticks of
    // 1/100 s (USER_HZ) on every mainstream architecture.
    private static TimeSpan Ticks(string[] fields) =>
        fields.Length > 12 && long.TryParse(fields[11], CultureInfo.InvariantCulture, out var user) && long.TryParse(fields[12], CultureInfo.InvariantCulture, out var system)
            ? TimeSpan.FromMilliseconds((user + system) * 10)
            : TimeSpan.Zero;
}
