namespace AdFlux.MlDetection.Detection;

/// <summary>Milliseconds spent in each stage of one image.</summary>
public sealed record Timings(double DecodeMs, double PreprocessMs, double InferenceMs, double PostprocessMs)
{
    public double TotalMs => DecodeMs + PreprocessMs + InferenceMs + PostprocessMs;
}
