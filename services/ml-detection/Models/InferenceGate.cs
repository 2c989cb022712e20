using System.Diagnostics;
using Microsoft.Extensions.Options;
using Microsoft.ML.OnnxRuntime;

namespace AdFlux.MlDetection.Models;

/// <summary>
/// Runs sessions at most <see cref="MlDetectionOptions.MaxConcurrentInferences"/> at a time, and
/// admits as many images at a time to the whole CPU-bound analysis (decode, pre-process, inference,
/// post-process), so a burst of uploads queues here instead of taking every core from the other
/// endpoints.
/// </summary>
public sealed class InferenceGate(IOptions<MlDetectionOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.Value.MaxConcurrentInferences));
    private readonly SemaphoreSlim _images = new(Math.Max(1, options.Value.MaxConcurrentInferences));

    /// <summary>Waits for an image slot; disposing the result frees it.</summary>
    public async Task<IDisposable> EnterImageAsync(CancellationToken cancellationToken)
    {
        await _images.WaitAsync(cancellationToken);
        return new Slot(_images);
    }

    /// <summary>Runs the session on one input and returns its outputs by name, copied, with the milliseconds the run took.</summary>
    public async Task<(Dictionary<string, (float[] Data, long[] Shape)> Outputs, double Milliseconds)> RunAsync(
        InferenceSession session, float[] input, long[] shape, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        try
        {
            var started = Stopwatch.GetTimestamp();
            using var value = OrtValue.CreateTensorValueFromMemory(input, shape);
            using var runOptions = new RunOptions();
            var inputName = session.InputNames[0];
            using var results = session.Run(runOptions, [inputName], [value], session.OutputNames);
            var outputs = new Dictionary<string, (float[] Data, long[] Shape)>(StringComparer.Ordinal);
            for (var i = 0; i < results.Count; i++)
            {
                var result = results[i];
                outputs[session.OutputNames[i]] = (result.GetTensorDataAsSpan<float>().ToArray(), result.GetTensorTypeAndShape().Shape);
            }
            return (outputs, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose()
    {
        _slots.Dispose();
        _images.Dispose();
    }

    private sealed class Slot(SemaphoreSlim semaphore) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                semaphore.Release();
            }
        }
    }
}
