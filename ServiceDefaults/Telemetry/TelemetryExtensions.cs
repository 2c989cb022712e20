using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace AdFlux.ServiceDefaults.Telemetry;

public static class TelemetryExtensions
{
    /// <summary>
    /// Builds the tracer and meter providers by hand (OpenTelemetry.Extensions.Hosting is not
    /// served). The tracer provider always exists, so activities are created and W3C trace
    /// context propagates even when nothing is exported (then they are not recorded); OTLP export is on when
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set. Extra <see cref="BaseProcessor{Activity}"/>
    /// registrations (tests use an in-memory one) are added to the pipeline.
    /// </summary>
    public static IHostApplicationBuilder AddDefaultTelemetry(this IHostApplicationBuilder builder)
    {
        var serviceName = builder.Configuration["OTEL_SERVICE_NAME"] ?? builder.Environment.ApplicationName;
        var exportOtlp = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var resource = ResourceBuilder.CreateDefault().AddService(serviceName).AddEnvironmentVariableDetector();

        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.SetResourceBuilder(resource);
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
            if (exportOtlp)
            {
                logging.AddOtlpExporter();
            }
        });

        builder.Services.AddSingleton(services =>
        {
            var processors = services.GetServices<BaseProcessor<Activity>>().ToList();
            // With no one to read spans, activities are still created (W3C context propagates,
            // the outbox stores it) but not recorded: instrumentations skip their tags and events.
            Sampler sampler = exportOtlp || processors.Count > 0 ? new ParentBasedSampler(new AlwaysOnSampler()) : new AlwaysOffSampler();
            var tracing = Sdk.CreateTracerProviderBuilder()
                .SetResourceBuilder(resource)
                .AddSource(TelemetrySources.ActivitySources)
                .SetSampler(sampler);
            foreach (var processor in processors)
            {
                tracing.AddProcessor(processor);
            }
            if (exportOtlp)
            {
                tracing.AddOtlpExporter();
            }
            return tracing.Build();
        });

        builder.Services.AddSingleton(_ =>
        {
            var metrics = Sdk.CreateMeterProviderBuilder()
                .SetResourceBuilder(resource)
                .AddMeter(TelemetrySources.Meters);
            if (exportOtlp)
            {
                metrics.AddOtlpExporter();
            }
            return metrics.Build();
        });

        builder.Services.AddHostedService<TelemetryStarter>();
        return builder;
    }
}
