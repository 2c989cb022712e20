using System.Collections.Concurrent;

namespace AdFlux.PlatformSandbox.S3;

/// <summary>An upload in parts that is neither completed nor aborted yet.</summary>
public sealed class MultipartUpload(string key, string contentType)
{
    public string Key { get; } = key;

    public string ContentType { get; } = contentType;

    public ConcurrentDictionary<int, (byte[] Bytes, string ETag)> Parts { get; } = new();
}
