using System.Diagnostics;
using AdFlux.MlDetection.Anomalies;
using AdFlux.MlDetection.Detection;
using AdFlux.MlDetection.Faces;
using AdFlux.MlDetection.Imaging;
using AdFlux.MlDetection.Models;
using AdFlux.MlDetection.Ocr;
using SkiaSharp;

namespace AdFlux.MlDetection.Analysis;

/// <summary>Decodes an image and runs the detector for the kind asked, timing each stage.</summary>
public sealed class ImageAnalyzer(ImageDecoder decoder, ModelCatalog catalog, ObjectDetector objects, FaceDetector faces, OcrReader ocr, InferenceGate gate)
{
    /// <summary>The model to use for <paramref name="kind"/>, or null with the reason when <paramref name="name"/> does not fit.</summary>
    public (ModelDescriptor? Model, string? Error) Resolve(AnalysisKind kind, string? name)
    {
        name = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        var model = catalog.Find(name ?? kind switch
        {
            AnalysisKind.Objects => ObjectDetector.DefaultModel,
            AnalysisKind.Faces => FaceDetector.DefaultModel,
            _ => OcrReader.DetectionModel,
        });
        if (model is null)
        {
            return (null, $"No model named '{name}' is installed; GET /api/ml/models lists them.");
        }
        var fits = kind switch
        {
            AnalysisKind.Objects => model.Task is ModelTasks.Objects or ModelTasks.YoloV8,
            AnalysisKind.Faces => model.Task == ModelTasks.Faces,
            _ => model.Task == ModelTasks.TextDetection,
        };
        return fits ? (model, null) : (null, $"Model '{model.Name}' does {model.Task}, not {kind.ToString().ToLowerInvariant()}.");
    }

    public async Task<ImageAnalysis> AnalyzeAsync(
        AnalysisKind kind, ReadOnlyMemory<byte> bytes, string field, ModelDescriptor model, DetectionThresholds thresholds, CancellationToken cancellationToken)
    {
        // One image's CPU work at a time (per slot): queued images wait here rather than decoding in parallel with it.
        using var slot = await gate.EnterImageAsync(cancellationToken);
        var started = Stopwatch.GetTimestamp();
        Func<SKSizeI, SKSizeI>? needs = kind switch
        {
            AnalysisKind.Objects => source => ObjectDetector.Needs(model, source),
            AnalysisKind.Faces => source => FaceDetector.Needs(model, source),
            // OCR reads each line from the full-resolution image.
            _ => null,
        };
        var (image, source) = decoder.Decode(bytes.Span, field, needs);
        using var _ = image;
        var decode = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var result = kind switch
        {
            AnalysisKind.Objects => await objects.DetectAsync(image, model, thresholds, cancellationToken),
            AnalysisKind.Faces => await faces.DetectAsync(image, model, thresholds, cancellationToken),
            _ => await ocr.ReadAsync(image, thresholds.Confidence, cancellationToken),
        };
        var findings = InSource(result.Findings, image, source);
        var anomalies = kind == AnalysisKind.Text ? AnomalyRules.Match(findings) : [];
        return new ImageAnalysis(
            Guid.CreateVersion7(), kind, source.Width, source.Height, model, findings, anomalies,
            new Timings(decode, result.PreprocessMs, result.InferenceMs, result.PostprocessMs));
    }

    /// <summary>Boxes found in an image decoded at a reduced scale, in the source image's pixels.</summary>
    private static IReadOnlyList<Finding> InSource(IReadOnlyList<Finding> findings, SKBitmap decoded, SKSizeI source)
    {
        if (decoded.Width == source.Width && decoded.Height == source.Height)
        {
            return findings;
        }
        var (sx, sy) = ((float)source.Width / decoded.Width, (float)source.Height / decoded.Height);
        return findings.Select(f => f with
        {
            Box = new PixelBox(f.Box.X * sx, f.Box.Y * sy, f.Box.Width * sx, f.Box.Height * sy).ClampTo(source.Width, source.Height),
            Quad = f.Quad?.Map(p => new System.Drawing.PointF(p.X * sx, p.Y * sy)),
        }).ToList();
    }
}
