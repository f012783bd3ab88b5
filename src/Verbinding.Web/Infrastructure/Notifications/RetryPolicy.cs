namespace Verbinding.Web.Infrastructure.Notifications;

/// <summary>Exponential backoff: after failure n the next attempt waits base x 2^(n-1); after the last allowed attempt, none.</summary>
public sealed record RetryPolicy(int MaxAttempts, TimeSpan BaseDelay)
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromHours(12);

    /// <summary>When to try again after <paramref name="failedAttempts"/> failures, or null when the notification is dead.</summary>
    public DateTimeOffset? NextAttempt(int failedAttempts, DateTimeOffset now)
    {
        if (failedAttempts >= MaxAttempts)
        {
            return null;
        }
        var factor = Math.Pow(2, Math.Min(failedAttempts - 1, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(BaseDelay.Ticks * factor, MaxDelay.Ticks));
        return now + delay;
    }
}
