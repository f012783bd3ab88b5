using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Verbinding.Web.Infrastructure.Web;

/// <summary>Every API error is a ProblemDetails; a database outage is a fast 503, never a 500 storm.</summary>
public static class Problems
{
    public static IHostApplicationBuilder AddProblems(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
            c.ProblemDetails.Extensions["traceId"] = c.HttpContext.TraceIdentifier);
        builder.Services.AddExceptionHandler<DatabaseUnavailableHandler>();
        builder.Services.AddExceptionHandler<UnstorableTextHandler>();
        return builder;
    }

    private sealed class DatabaseUnavailableHandler(IProblemDetailsService problems) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
        {
            if (!IsDatabaseUnavailable(exception))
            {
                return false;
            }
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "10";
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                Exception = exception,
                ProblemDetails = new ProblemDetails
                {
                    Status = 503,
                    Title = "De dienst is even niet beschikbaar. Probeer het zo opnieuw. / The service is briefly unavailable. Please try again shortly.",
                },
            });
        }

        private static bool IsDatabaseUnavailable(Exception? e)
        {
            for (; e is not null; e = e.InnerException)
            {
                if (e is System.Net.Sockets.SocketException or TimeoutException
                    || e.GetType().Name is "NpgsqlException" && e.Message.Contains("connect", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
            return false;
        }
    }

    /// <summary>
    /// Safety net behind the input checks: text PostgreSQL cannot store (too long, NUL, invalid encoding) is the caller's
    /// mistake, so it is a 400 with a clear message, never a 500. Nothing was stored: the statement failed.
    /// </summary>
    private sealed class UnstorableTextHandler(IProblemDetailsService problems) : IExceptionHandler
    {
        // 22001 too long for the column, 22021/22P05 characters the encoding cannot hold, 22P02 malformed value.
        private static readonly string[] InvalidTextStates = ["22001", "22021", "22P05", "22P02"];

        public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
        {
            if (!IsUnstorableText(exception))
            {
                return false;
            }
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                Exception = exception,
                ProblemDetails = new ProblemDetails
                {
                    Status = 400,
                    Title = "Uw invoer is te lang of bevat tekens die we niet kunnen opslaan. Pas uw invoer aan en probeer het opnieuw. / Your input is too long or contains characters we cannot store. Please change it and try again.",
                },
            });
        }

        private static bool IsUnstorableText(Exception? e)
        {
            for (; e is not null; e = e.InnerException)
            {
                if (e is Npgsql.PostgresException pg && InvalidTextStates.Contains(pg.SqlState))
                {
                    return true;
                }
            }
            return false;
        }
    }
}
