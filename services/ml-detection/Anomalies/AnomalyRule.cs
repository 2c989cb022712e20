using System.Text.RegularExpressions;

namespace AdFlux.MlDetection.Anomalies;

/// <summary>A notice a platform shows when it limits an account or its reach, in one language.</summary>
public sealed record AnomalyRule(string Kind, string Severity, string Language, Regex Pattern);
