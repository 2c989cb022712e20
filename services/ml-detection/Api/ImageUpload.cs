namespace AdFlux.MlDetection.Api;

/// <summary>
/// One image of a request and the form field (or JSON property) it came in: uploaded bytes, or
/// <see cref="Reference"/>, the id of a stored image (an earlier upload or a sampled frame).
/// </summary>
public sealed record ImageUpload(string Field, ReadOnlyMemory<byte> Bytes, Guid? Reference = null);
