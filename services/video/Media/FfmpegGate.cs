using Microsoft.Extensions.Options;

namespace AdFlux.Video.Media;

/// <summary>Caps the ffmpeg processes this instance runs at once (validation, analysis and renders alike).</summary>
public sealed class FfmpegGate(IOptions<VideoOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentFfmpeg, options.Value.MaxConcurrentFfmpeg);
    private int _running;

    public int Running => Volatile.Read(ref _running);

    public int Limit { get; } = options.Value.MaxConcurrentFfmpeg;

    public async Task<T> RunAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        Interlocked.Increment(ref _running);
        try
        {
            return await work();
        }
        finally
        {
            Interlocked.Decrement(ref _running);
            _slots.Release();
        }
    }

    public void Dispose() => _slots.Dispose();
}
