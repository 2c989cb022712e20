namespace AdFlux.AppHost.Orchestration;

/// <summary>The last lines a resource wrote, for the dashboard's log tail.</summary>
public sealed class LogBuffer
{
    private const int KeptLines = 1000;
    private readonly Queue<string> _lines = new();

    public void Add(string line)
    {
        lock (_lines)
        {
            _lines.Enqueue(line);
            while (_lines.Count > KeptLines)
            {
                _lines.Dequeue();
            }
        }
    }

    public IReadOnlyList<string> Tail(int count)
    {
        lock (_lines)
        {
            return [.. _lines.TakeLast(count)];
        }
    }
}
