using Microsoft.Extensions.Logging;

namespace AdFlux.Recovery.Benchmark;

/// <summary>Counts the consumer monitor's bus restarts: each one is a restart after which MassTransit did not re-attach by itself.</summary>
public sealed class BusRestartCounter : ILoggerProvider
{
    private int _count;

    public int Count => _count;

    public ILogger CreateLogger(string categoryName) => new Counter(this, categoryName.EndsWith("ConsumerMonitor", StringComparison.Ordinal));

    public void Dispose()
    {
    }

    private sealed class Counter(BusRestartCounter owner, bool monitor) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => monitor && logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel) && formatter(state, exception).Contains("restarting the bus", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref owner._count);
            }
        }
    }
}
