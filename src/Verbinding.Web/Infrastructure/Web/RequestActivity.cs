namespace Verbinding.Web.Infrastructure.Web;

/// <summary>
/// How many requests this node has started (static files excluded), so background work can tell when citizens are
/// waiting on the same cores and give way (see <see cref="Notifications.DispatchPacing"/>). One interlocked add per request.
/// </summary>
public sealed class RequestActivity
{
    private long _started;

    public long Started => Interlocked.Read(ref _started);

    public void Start() => Interlocked.Increment(ref _started);
}

public static class RequestActivityExtensions
{
    public static IApplicationBuilder UseRequestActivity(this IApplicationBuilder app)
    {
        var activity = app.ApplicationServices.GetRequiredService<RequestActivity>();
        return app.Use((context, next) =>
        {
            activity.Start();
            return next(context);
        });
    }
}
