using System.Diagnostics;
using System.Globalization;

namespace Verbinding.Cli.Demo;

/// <summary>
/// CPU time used so far by this process and by the PostgreSQL server processes on this machine (Linux /proc; zero
/// where unreadable or when the database runs elsewhere). Per-submit CPU cannot be made noisy by a busy neighbour the
/// way a rate can, so the benchmark prints it next to the rate.
/// </summary>
internal static class ProcessorTime
{
    public static (TimeSpan Own, TimeSpan Postgres) Snapshot() => (Process.GetCurrentProcess().TotalProcessorTime, PostgresTotal());

    private static TimeSpan PostgresTotal()
    {
        if (!OperatingSystem.IsLinux())
        {
            return TimeSpan.Zero;
        }
        long ticks = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                // "pid (comm) state ppid ...": utime and stime are fields 14 and 15, counted after the closing parenthesis.
                var close = stat.LastIndexOf(')');
                if (close < 0 || !stat.AsSpan(0, close).Contains("(postgres", StringComparison.Ordinal))
                {
                    continue;
                }
                var fields = stat[(close + 2)..].Split(' ');
                ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
            {
                // A process that ended while we looked, or one we may not read.
            }
        }
        // Linux reports these in clock ticks of 1/100 s (USER_HZ) on every mainstream architecture.
        return TimeSpan.FromMilliseconds(ticks * 10);
    }
}
