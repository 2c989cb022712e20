using System.Collections.Concurrent;
using System.Text;
using AdFlux.AppHost.Orchestration;

namespace AdFlux.AppHost.Dashboard;

/// <summary>
/// The AppHost's console: messages, and the live resource table below them. On a terminal the
/// table is redrawn in place every second (messages scroll above it); when output is
/// redirected (CI, tests) the table is printed as plain lines whenever it changes, and at
/// least once a minute.
/// </summary>
public sealed class ConsoleView(IReadOnlyList<Resource> resources) : IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan PlainRepeat = TimeSpan.FromMinutes(1);

    private readonly bool _interactive = !Console.IsOutputRedirected;
    private readonly ConcurrentQueue<string> _pending = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _console = new();
    private Task? _loop;
    private int _drawnLines;
    private string _lastTable = "";
    private DateTime _lastPrinted;

    public void Log(string message)
    {
        if (_interactive && _loop is not null)
        {
            _pending.Enqueue(message);
            return;
        }
        lock (_console)
        {
            Console.WriteLine($"{DateTime.Now:HH:mm:ss.f} {message}");
        }
    }

    public void Start() => _loop = Task.Run(async () =>
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            Render();
        }
        while (await WaitAsync(timer));
    });

    private async Task<bool> WaitAsync(PeriodicTimer timer)
    {
        try
        {
            return await timer.WaitForNextTickAsync(_stop.Token);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private void Render()
    {
        var table = ResourceTable.Format(resources.Select(r => r.Snapshot()));
        lock (_console)
        {
            if (_interactive)
            {
                RenderInPlace(table);
            }
            else
            {
                RenderPlain(table);
            }
        }
    }

    private void RenderInPlace(IReadOnlyList<string> table)
    {
        var output = new StringBuilder();
        if (_drawnLines > 0)
        {
            output.Append($"\r\e[{_drawnLines}A\e[J");
        }
        while (_pending.TryDequeue(out var message))
        {
            output.AppendLine(message);
        }
        var width = Math.Max(40, SafeWindowWidth() - 1);
        foreach (var line in table)
        {
            output.AppendLine(line.Length > width ? line[..width] : line);
        }
        Console.Write(output.ToString());
        _drawnLines = table.Count;
    }

    private void RenderPlain(IReadOnlyList<string> table)
    {
        var text = string.Join(Environment.NewLine, table);
        if (text == _lastTable && DateTime.UtcNow - _lastPrinted < PlainRepeat)
        {
            return;
        }
        _lastTable = text;
        _lastPrinted = DateTime.UtcNow;
        Console.WriteLine($"--- resources at {DateTime.Now:HH:mm:ss} ---{Environment.NewLine}{text}");
    }

    private static int SafeWindowWidth()
    {
        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : 120;
        }
        catch (IOException)
        {
            return 120;
        }
    }

    /// <summary>Draws the final table and flushes pending messages.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_loop is not null)
        {
            await _loop;
            Render();
            _loop = null;
        }
        _stop.Dispose();
    }
}
