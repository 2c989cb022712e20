using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace AdFlux.Ledger.Tests;

/// <summary>Keeps a host's last warnings and errors, so a failing test can say what the host was complaining about.</summary>
public sealed class RecentWarnings : ILoggerProvider
{
    private const int Kept = 50;
    private readonly ConcurrentQueue<string> _lines = new();

    public ILogger CreateLogger(string categoryName) => new Recorder(this, categoryName);

    public string Describe(int count) =>
        string.Join(Environment.NewLine, _lines.TakeLast(count).Select(line => "  " + line));

    public void Dispose()
    {
    }

    private void Add(string line)
    {
        _lines.Enqueue($"{DateTime.UtcNow:HH:mm:ss.f} {line}");
        while (_lines.Count > Kept && _lines.TryDequeue(out _))
        {
        }
    }

    private sealed class Recorder(RecentWarnings owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                owner.Add($"{logLevel} {category}: {formatter(state, exception)}{(exception is null ? "" : " | " + exception.GetBaseException().Message)}");
            }
        }
    }
}
