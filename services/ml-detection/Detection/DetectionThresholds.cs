namespace AdFlux.MlDetection.Detection;

/// <summary>Score below which candidates are dropped, and overlap above which a same-class box is suppressed.</summary>
public readonly record struct DetectionThresholds(float Confidence, float IoU);
