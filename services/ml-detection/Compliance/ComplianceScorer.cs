using AdFlux.MlDetection.Detection;
using AdFlux.MlDetection.Faces;
using AdFlux.MlDetection.Models;
using AdFlux.MlDetection.Ocr;
using SkiaSharp;

namespace AdFlux.MlDetection.Compliance;

/// <summary>Runs OCR and face detection once and scores the four parts from them (seed 003's weights).</summary>
public sealed class ComplianceScorer(OcrReader ocr, FaceDetector faces, ModelCatalog catalog, InferenceGate gate)
{
    public async Task<ComplianceResult> ScoreAsync(SKBitmap image, SKBitmap? logo, IReadOnlyList<SKColor> palette, ComplianceRules rules, CancellationToken cancellationToken)
    {
        using var slot = await gate.EnterImageAsync(cancellationToken);
        var text = (await ocr.ReadAsync(image, 0.6f, cancellationToken)).Findings;
        var people = (await faces.DetectAsync(image, catalog.Require(FaceDetector.DefaultModel), new DetectionThresholds(0.75f, 0.3f), cancellationToken)).Findings;
        var (logoPart, logoBox) = LogoScorer.Score(image, logo, rules.MinLogoWidthRatio ?? 0.1, text);
        // Text inside the found logo is the logo's own lettering, not copy.
        var copy = logoBox is { } box ? text.Where(t => t.Box.IoU(box) < 0.3).ToList() : text.ToList();
        var parts = new List<CompliancePart>
        {
            ColourScorer.Score(image, palette, rules.MaxDeltaE ?? ColourScorer.DefaultMaxDeltaE),
            logoPart,
            TypographyScorer.Score(image, copy, rules.MinTextHeightRatio ?? TypographyScorer.DefaultMinHeightRatio, rules.MinContrast ?? TypographyScorer.DefaultMinContrast),
            LayoutScorer.Score(image.Width, image.Height, rules.Platform, [.. copy, .. people]),
        };
        return new ComplianceResult(Math.Round(parts.Sum(p => p.Weight * p.Score), 4), parts);
    }
}
