using AdFlux.Contracts.MlDetection;
using AdFlux.MlDetection.Data;
using AdFlux.MlDetection.Detection;
using AdFlux.MlDetection.Domain;
using AdFlux.ServiceDefaults.Outbox;

namespace AdFlux.MlDetection.Analysis;

/// <summary>
/// Adds an analysis to <c>ml_detections</c> and its events to the outbox, for the caller's
/// <c>SaveChangesAsync</c> to commit together: <see cref="DetectionCompleted"/> per image and
/// <see cref="AnomalyDetected"/> per matched notice.
/// </summary>
public sealed class DetectionRecorder(TimeProvider clock)
{
    public void Record(MlDetectionDbContext db, Guid tenantId, ImageAnalysis analysis, string subjectType, Guid subjectId, Guid? videoId = null, double? atSeconds = null)
    {
        var now = clock.GetUtcNow();
        var type = analysis.Kind switch
        {
            AnalysisKind.Objects => "object",
            AnalysisKind.Faces => "face",
            _ => "text",
        };
        var rows = analysis.Findings.Select(f => new MlDetectionRecord
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenantId,
            ImageId = analysis.ImageId,
            DetectionType = type,
            Label = f.Label,
            Confidence = f.Confidence,
            BoxX = f.Box.X,
            BoxY = f.Box.Y,
            BoxWidth = f.Box.Width,
            BoxHeight = f.Box.Height,
            Text = f.Text,
            AnomalyFlag = analysis.Anomalies.Any(a => a.Box.IoU(f.Box) > 0),
            ProcessingTimeMs = analysis.Timings.TotalMs,
            Model = analysis.Model.Name,
            ModelVersion = analysis.Model.Version,
            CreatedAt = now,
        }).ToList();
        db.Detections.AddRange(rows);
        db.AddEvent(new DetectionCompleted(
            Guid.CreateVersion7(), tenantId, now, analysis.ImageId, subjectType, subjectId, analysis.Model.Name,
            analysis.Findings.Select(f => Normalised(f, analysis)).ToList(), videoId, atSeconds, analysis.Model.Version), clock);
        foreach (var anomaly in analysis.Anomalies)
        {
            var row = rows.FirstOrDefault(r => r.AnomalyFlag);
            db.AddEvent(new AnomalyDetected(
                Guid.CreateVersion7(), tenantId, now, row?.Id ?? analysis.ImageId, anomaly.Kind, anomaly.Severity,
                $"Screenshot shows a {anomaly.Kind} notice ({anomaly.Language})", analysis.ImageId, anomaly.Language, anomaly.MatchedText,
                Normalised(new Finding(anomaly.Kind, 1, anomaly.Box, 0, anomaly.MatchedText), analysis)), clock);
        }
    }

    private static DetectedObject Normalised(Finding f, ImageAnalysis analysis) => new(
        f.Label, f.Confidence, f.Box.X / analysis.Width, f.Box.Y / analysis.Height, f.Box.Width / analysis.Width, f.Box.Height / analysis.Height, f.Text);
}
