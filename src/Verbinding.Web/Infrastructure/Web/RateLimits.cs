using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Verbinding.Web.Infrastructure.Web;

/// <summary>Named rate-limit policies, partitioned by client address. Limits are settings (section RateLimits).</summary>
public static class RateLimits
{
    public const string Login = "login";
    public const string Api = "api";
    public const string Verify = "verify";
    public const string Submit = "submit";

    public static IHostApplicationBuilder AddRateLimits(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("RateLimits");
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, ct) =>
            {
                var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                context.HttpContext.Response.Headers.RetryAfter = "60";
                await problems.TryWriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = { Status = 429, Title = "Te veel verzoeken. Probeer het over een minuut opnieuw. / Too many requests. Try again in a minute." },
                });
            };
            Add(o, Login, section.GetValue(Login, 10));
            Add(o, Api, section.GetValue(Api, 600));
            Add(o, Verify, section.GetValue(Verify, 30));
            Add(o, Submit, section.GetValue(Submit, 60), readsAreFree: true);
        });
        return builder;
    }

    /// <param name="readsAreFree">
    /// For submissions: a page that shows a form and takes its post (the aangifte review page, a survey) is one
    /// endpoint, and opening it is no submission. Without this, citizens behind one shared address (an office, a
    /// library) used up each other's submissions by viewing the form.
    /// </param>
    private static void Add(RateLimiterOptions options, string name, int perMinute, bool readsAreFree = false) =>
        options.AddPolicy(name, context => readsAreFree && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            ? RateLimitPartition.GetNoLimiter("read")
            : RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
}
