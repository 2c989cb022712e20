using AdFlux.MlDetection.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AdFlux.MlDetection.Tests;

[Collection(EnginesCollection.Name)]
public sealed class SessionFactoryTests(EnginesFixture engines)
{
    private sealed class RecordingLogger : ILogger<SessionFactory>
    {
        public List<string> Warnings { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.Warning)
            {
                Warnings.Add(formatter(state, exception));
            }
        }
    }

    [Fact]
    public void With_cuda_configured_but_absent_sessions_run_on_cpu_and_the_fallback_is_logged_once()
    {
        if (File.Exists("/usr/lib/x86_64-linux-gnu/libcudart.so.13") || Directory.Exists("/usr/local/cuda"))
        {
            // A machine with CUDA takes the CUDA path; the fallback is what this test is about.
            return;
        }
        var logger = new RecordingLogger();
        var factory = new SessionFactory(Options.Create(new MlDetectionOptions { UseCuda = true, IntraOpThreads = 1 }), logger);
        var catalog = engines.Get<ModelCatalog>();
        var model = catalog.Require("blazeface-front");

        using var first = factory.Create(catalog.PathOf(model));
        using var second = factory.Create(catalog.PathOf(model));

        Assert.Equal("cpu", factory.Provider);
        var warning = Assert.Single(logger.Warnings);
        Assert.StartsWith("CUDA execution provider unavailable, running ONNX models on CPU", warning);
        Assert.Single(first.OutputNames, n => n == "Identity:0");
    }
}
