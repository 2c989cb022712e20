namespace AdFlux.Ads.Studio.Variants;

/// <summary>The part of ml-detection's analysis answer (<c>POST /api/ml/faces</c>, <c>/api/ml/detect</c>) the crop needs.</summary>
public sealed record DetectionReply(IReadOnlyList<DetectionFinding> Detections);

/// <summary>One finding: its label, confidence and box in source pixels.</summary>
public sealed record DetectionFinding(string Label, double Confidence, DetectionBox Box);

/// <summary>A box in source pixels: top-left corner, width and height.</summary>
public sealed record DetectionBox(float X, float Y, float Width, float Height);
