namespace AdFlux.MlDetection.Api;

/// <summary>Milliseconds per stage of one image.</summary>
public sealed record TimingsDto(double Decode, double Preprocess, double Inference, double Postprocess, double Total);
