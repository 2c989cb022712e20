namespace AdFlux.MlDetection.Api;

/// <summary>One image of a request and the form field (or JSON property) it came in.</summary>
public sealed record ImageUpload(string Field, ReadOnlyMemory<byte> Bytes);
