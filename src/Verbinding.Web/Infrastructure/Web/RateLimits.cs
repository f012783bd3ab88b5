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
            Add(o, Submit, section.GetValue(Submit, 60));
        });
        return builder;
    }

    private static void Add(RateLimiterOptions options, string name, int perMinute) =>
        options.AddPolicy(name, context => RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
}
