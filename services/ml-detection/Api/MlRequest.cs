using AdFlux.MlDetection.Analysis;
using AdFlux.MlDetection.Data;
using AdFlux.MlDetection.Images;
using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.MlDetection.Api;

/// <summary>What every analysis handler needs, bound with <c>[AsParameters]</c>.</summary>
public sealed record MlRequest(
    HttpRequest Http,
    AnalysisRequestReader Reader,
    ImageAnalyzer Analyzer,
    DetectionRecorder Recorder,
    ImageStore Store,
    TimeProvider Clock,
    MlDetectionDbContext Db,
    ITenantContext Tenant,
    CancellationToken CancellationToken);
