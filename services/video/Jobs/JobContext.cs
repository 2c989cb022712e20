using AdFlux.Video.Domain;

namespace AdFlux.Video.Jobs;

/// <summary>What a running job sees: its row (as claimed), a progress reporter and the last ffmpeg lines for error reports.</summary>
public sealed class JobContext(VideoJob job)
{
    private readonly Queue<string> _stderr = new();
    private readonly Lock _gate = new();

    public VideoJob Job { get; } = job;

    public string Stage { get; private set; } = "starting";

    public double Progress { get; private set; }

    public void Report(string stage, double progress)
    {
        Stage = stage;
        Progress = Math.Clamp(progress, 0, 100);
    }

    public void Stderr(string line)
    {
        lock (_gate)
        {
            _stderr.Enqueue(line);
            while (_stderr.Count > 20)
            {
                _stderr.Dequeue();
            }
        }
    }
}
