namespace AdFlux.PlatformSandbox.S3;

/// <summary>One stored object: its bytes, the content type it was put with, its ETag (quoted, as S3 sends it).</summary>
public sealed record S3Object(byte[] Bytes, string ContentType, string ETag, DateTimeOffset LastModified);
