namespace AdFlux.MlDetection.Api;

public sealed record AnomalyDto(string Kind, string Severity, string Language, string MatchedText, BoxDto Box);
