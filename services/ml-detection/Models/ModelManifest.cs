namespace AdFlux.MlDetection.Models;

/// <summary><c>manifest.json</c> written by <c>Models/install/write_manifest.py</c>.</summary>
public sealed record ModelManifest(IReadOnlyList<ModelDescriptor> Models);
