namespace AdFlux.MlDetection.Models;

/// <summary>One installed model as the manifest describes it; <see cref="File"/> is relative to the cache.</summary>
public sealed record ModelDescriptor(
    string Name,
    string Task,
    string Version,
    IReadOnlyList<int> InputSize,
    IReadOnlyList<string> Labels,
    string Sha256,
    string Licence,
    string File);
