namespace AdFlux.MlDetection.Analysis;

/// <summary>What to look for; also the <c>detection_type</c> stored.</summary>
public enum AnalysisKind
{
    Objects,
    Faces,
    Text,
}
