namespace AdFlux.MlDetection.Api;

public sealed record BatchResponse(IReadOnlyList<AnalysisResponse> Images, double ElapsedMs, double ImagesPerSecond);
