using Microsoft.Extensions.Options;
using Microsoft.ML.OnnxRuntime;

namespace AdFlux.MlDetection.Models;

/// <summary>
/// Builds one ONNX Runtime session per model with deliberate thread counts. CUDA is attempted
/// only when configured; ONNX Runtime does not fall back by itself when the CUDA libraries are
/// missing (AppendExecutionProvider_CUDA throws), so the first failure is logged once and every
/// session runs on CPU.
/// </summary>
public sealed class SessionFactory(IOptions<MlDetectionOptions> options, ILogger<SessionFactory> logger)
{
    private int _cudaUnavailable;

    /// <summary>"cuda" or "cpu": what the last session was created with.</summary>
    public string Provider { get; private set; } = "cpu";

    public InferenceSession Create(string path)
    {
        var settings = options.Value;
        var sessionOptions = new Microsoft.ML.OnnxRuntime.SessionOptions
        {
            IntraOpNumThreads = Math.Max(1, settings.IntraOpThreads),
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            // ORT warns per unused initializer of converted graphs at every session start; errors still surface.
            LogSeverityLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR,
        };
        // Spinning worker threads burn the shared cores between requests.
        sessionOptions.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        Provider = "cpu";
        if (settings.UseCuda && Volatile.Read(ref _cudaUnavailable) == 0)
        {
            try
            {
                sessionOptions.AppendExecutionProvider_CUDA(settings.CudaDeviceId);
                Provider = "cuda";
            }
            catch (Exception exception) when (exception is OnnxRuntimeException or DllNotFoundException or EntryPointNotFoundException)
            {
                if (Interlocked.Exchange(ref _cudaUnavailable, 1) == 0)
                {
                    logger.LogWarning("CUDA execution provider unavailable, running ONNX models on CPU: {Reason}", exception.Message.Split('\n')[0]);
                }
            }
        }
        return new InferenceSession(path, sessionOptions);
    }
}
