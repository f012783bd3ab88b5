using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Verbinding.Web.Tests.Infrastructure;

/// <summary>One logged entry: its level, category and text (with the exception, if any).</summary>
public sealed record CollectedLog(LogLevel Level, string Category, string Text);

/// <summary>Keeps what an application logs, so a test can check what an operator would read (and what must never be there).</summary>
public sealed class CollectingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<CollectedLog> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new CollectingLogger(categoryName, Entries);

    public void Dispose()
    {
    }

    private sealed class CollectingLogger(string category, ConcurrentQueue<CollectedLog> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue(new CollectedLog(logLevel, category, formatter(state, exception) + " " + exception));
    }
}
