namespace AdFlux.MlDetection.Api;

public sealed record FindingDto(string Label, double Confidence, BoxDto Box, string? Text);
