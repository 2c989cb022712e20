using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace AdFlux.ServiceDefaults.Telemetry;

public static class TelemetryExtensions
{
    /// <summary>
    /// Logs, traces and metrics as in Aspire's service defaults: ASP.NET Core, HttpClient and
    /// runtime instrumentation plus the <see cref="TelemetrySources"/> (Npgsql, MassTransit,
    /// YARP, ours), exported over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set. Extra
    /// <see cref="BaseProcessor{Activity}"/> registrations (tests use an in-memory one) join the
    /// trace pipeline. With nobody to read spans, activities are still created (W3C context
    /// propagates, the outbox stores it) but not recorded, so instrumentations skip their work.
    /// </summary>
    public static IHostApplicationBuilder AddDefaultTelemetry(this IHostApplicationBuilder builder)
    {
        var serviceName = builder.Configuration["OTEL_SERVICE_NAME"] ?? builder.Environment.ApplicationName;
        var exportOtlp = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);

        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(TelemetrySources.Meters))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.Filter = context => !IsProbe(context.Request.Path))
                .AddHttpClientInstrumentation()
                .AddSource(TelemetrySources.ActivitySources));
        builder.Services.ConfigureOpenTelemetryTracerProvider((services, tracer) =>
        {
            var processors = services.GetServices<BaseProcessor<Activity>>().ToList();
            foreach (var processor in processors)
            {
                tracer.AddProcessor(processor);
            }
            tracer.SetSampler(exportOtlp || processors.Count > 0 ? new ParentBasedSampler(new AlwaysOnSampler()) : new AlwaysOffSampler());
        });
        if (exportOtlp)
        {
            telemetry.UseOtlpExporter();
        }
        return builder;
    }

    /// <summary>Liveness and health probes come every few seconds; their spans would drown the traces worth reading.</summary>
    private static bool IsProbe(Microsoft.AspNetCore.Http.PathString path) =>
        path.StartsWithSegments("/health") || path.StartsWithSegments("/alive");
}
