using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace AdFlux.AppHost.Tests;

/// <summary>
/// What the AppHost's restart watcher and Aspire's orchestrator logged, with seconds since the
/// AppHost was built: printed beside a recovery test's timeline, it says whether a restart was
/// issued, failed or never asked for.
/// </summary>
public sealed class OrchestrationLog : ILoggerProvider
{
    public static readonly string[] Categories = ["AdFlux.AppHost.Supervision", "Aspire.Hosting.Dcp", "Aspire.Hosting.Orchestrator"];

    private readonly ConcurrentQueue<string> _lines = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public ILogger CreateLogger(string categoryName) => new Writer(this, categoryName);

    /// <summary>The last lines (at most <paramref name="most"/>) logged since <paramref name="since"/> seconds after the build.</summary>
    public string Since(double since, int most = 300) =>
        string.Join(Environment.NewLine, _lines
            .Where(line => double.Parse(line[..line.IndexOf(' ', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture) >= since)
            .TakeLast(most));

    public double Now => _clock.Elapsed.TotalSeconds;

    public void Dispose()
    {
    }

    private sealed class Writer(OrchestrationLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var text = formatter(state, exception) + (exception is null ? "" : $" ({exception.GetType().Name}: {exception.Message})");
            log._lines.Enqueue(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{log.Now:F1} {logLevel} {category[(category.LastIndexOf('.') + 1)..]}: {text}"));
        }
    }
}
