using System.Diagnostics;

namespace Verbinding.Web.Infrastructure.Observability;

/// <summary>
/// Cold-start phase timings, logged at Information under the category <see cref="Category"/> so one grep shows where
/// a start spends its time (raise just this category when the default level is higher:
/// <c>Logging__LogLevel__Verbinding.Startup=Information</c>; bench/startup/measure.sh does). Each line gives the
/// phase's own time and the time since the process started.
/// </summary>
public sealed class StartupPhases
{
    public const string Category = "Verbinding.Startup";

    private readonly List<(string Phase, double Ms, double SinceStart)> _early = [];
    private readonly double _processStartedMsAgo;
    private readonly long _created = Stopwatch.GetTimestamp();
    private long _last;
    private ILogger? _logger;

    private StartupPhases()
    {
        _last = _created;
        _processStartedMsAgo = (DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds;
    }

    /// <summary>Call first thing in Main: the time until then is the runtime's own start.</summary>
    public static StartupPhases Begin()
    {
        var phases = new StartupPhases();
        phases._early.Add(("runtime start to Main", phases._processStartedMsAgo, phases._processStartedMsAgo));
        return phases;
    }

    /// <summary>Ends the current phase under <paramref name="phase"/> and starts the next.</summary>
    public void Mark(string phase)
    {
        var now = Stopwatch.GetTimestamp();
        var ms = Stopwatch.GetElapsedTime(_last, now).TotalMilliseconds;
        var sinceStart = _processStartedMsAgo + Stopwatch.GetElapsedTime(_created, now).TotalMilliseconds;
        _last = now;
        if (_logger is null)
        {
            _early.Add((phase, ms, sinceStart));
            return;
        }
        Log(_logger, phase, ms, sinceStart);
    }

    /// <summary>From here on phases are logged at once (the ones before the host existed first); the host's start is marked too.</summary>
    public void AttachTo(WebApplication app)
    {
        _logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(Category);
        foreach (var (phase, ms, sinceStart) in _early)
        {
            Log(_logger, phase, ms, sinceStart);
        }
        _early.Clear();
        app.Lifetime.ApplicationStarted.Register(() => Mark("hosted services and Kestrel started"));
    }

    private static void Log(ILogger logger, string phase, double ms, double sinceStart) =>
        logger.LogInformation("Start-up phase {Phase}: {Elapsed:F0} ms (at {SinceStart:F0} ms)", phase, ms, sinceStart);
}
