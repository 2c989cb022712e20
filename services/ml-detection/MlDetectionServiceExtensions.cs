using AdFlux.MlDetection.Analysis;
using AdFlux.MlDetection.Api;
using AdFlux.MlDetection.Compliance;
using AdFlux.MlDetection.Data;
using AdFlux.MlDetection.Detection;
using AdFlux.MlDetection.Faces;
using AdFlux.MlDetection.Images;
using AdFlux.MlDetection.Imaging;
using AdFlux.MlDetection.Models;
using AdFlux.MlDetection.Ocr;
using AdFlux.ServiceDefaults;
using AdFlux.ServiceDefaults.Data;
using AdFlux.ServiceDefaults.Messaging;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AdFlux.MlDetection;

public static class MlDetectionServiceExtensions
{
    public static IHostApplicationBuilder AddMlDetectionServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<MlDetectionDbContext>(ResourceNames.DatabaseOf(ResourceNames.MlDetection));
        builder.AddServiceBus(ResourceNames.MlDetection, typeof(MlDetectionServiceExtensions).Assembly);
        builder.Services.AddOptions<MlDetectionOptions>().BindConfiguration(MlDetectionOptions.Section);
        builder.Services.AddMlEngines();
        builder.Services.AddSingleton<AnalysisRequestReader>();
        builder.Services.AddSingleton<ImageAnalyzer>();
        builder.Services.AddSingleton<DetectionRecorder>();
        builder.Services.AddSingleton<ImageStore>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddHostedService<ModelWarmup>();
        return builder;
    }

    /// <summary>The model cache, sessions and detectors; no database or bus (benchmarks and unit tests use this alone).</summary>
    public static IServiceCollection AddMlEngines(this IServiceCollection services)
    {
        services.AddSingleton<ModelInstaller>();
        services.AddSingleton<SessionFactory>();
        services.AddSingleton<ModelCatalog>();
        services.AddSingleton<InferenceGate>();
        services.AddSingleton<ImageDecoder>();
        services.AddSingleton<ObjectDetector>();
        services.AddSingleton<FaceDetector>();
        services.AddSingleton<OcrReader>();
        services.AddSingleton<ComplianceScorer>();
        return services;
    }
}
