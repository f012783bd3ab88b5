namespace Verbinding.Web.Infrastructure.Notifications;

/// <summary>
/// Lets citizens' requests go first: while the node serves at least <paramref name="busyAbovePerSecond"/> requests a
/// second, queued messages wait instead of taking CPU from them - but never longer than
/// <paramref name="maxDeferral"/> of continuous business, after which sending goes on at full speed. Other nodes that
/// are not busy keep sending meanwhile. The rate is measured over windows of at least a second. Not thread-safe: one
/// dispatcher loop owns it.
/// </summary>
/// <param name="busyAbovePerSecond">Zero or less: never wait.</param>
public sealed class DispatchPacing(double busyAbovePerSecond, TimeSpan maxDeferral)
{
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    private (long Requests, DateTimeOffset At)? _windowStart;
    private DateTimeOffset? _busySince;

    /// <summary>Whether sending should wait now, given the node's request count so far.</summary>
    public bool ShouldWait(long requestsSoFar, DateTimeOffset now)
    {
        if (busyAbovePerSecond <= 0)
        {
            return false;
        }
        if (_windowStart is not { } start)
        {
            _windowStart = (requestsSoFar, now);
            return false;
        }
        var elapsed = now - start.At;
        if (elapsed >= Window)
        {
            var perSecond = (requestsSoFar - start.Requests) / elapsed.TotalSeconds;
            _busySince = perSecond >= busyAbovePerSecond ? _busySince ?? start.At : null;
            _windowStart = (requestsSoFar, now);
        }
        return _busySince is { } since && now - since < maxDeferral;
    }
}
