using System.Collections.Concurrent;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Verbinding.Web.Features.Organisation;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Platform;

/// <summary>An operator's first start: the database does not exist yet.</summary>
public sealed class FirstStartTests
{
    [Fact]
    public async Task A_first_start_creates_and_fills_the_database_without_logging_an_error()
    {
        var logged = new ConcurrentQueue<(LogLevel Level, string Category, string Message)>();
        await using var database = TestDatabase.NotCreatedYet();
        // The test settings silence EF Core below Critical; an operator's node logs its warnings and errors.
        await using var app = await VerbindingApplication.StartAsync(s => s["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning", database,
            services: s => s.AddSingleton<ILoggerProvider>(new CollectingLoggerProvider(logged)));
        using var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.Set<Eenheid>().AnyAsync()));
        // EF Core used to find out that the database was missing by failing to connect, logged as two errors.
        Assert.DoesNotContain(logged, l => l.Level >= LogLevel.Error);
    }

    private sealed class CollectingLoggerProvider(ConcurrentQueue<(LogLevel, string, string)> logged) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new CollectingLogger(categoryName, logged);

        public void Dispose()
        {
        }
    }

    private sealed class CollectingLogger(string category, ConcurrentQueue<(LogLevel, string, string)> logged) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logged.Enqueue((logLevel, category, formatter(state, exception)));
    }
}
