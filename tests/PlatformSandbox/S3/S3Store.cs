using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace AdFlux.PlatformSandbox.S3;

/// <summary>The sandbox's buckets, in memory: objects by key in key order, and the open multipart uploads.</summary>
public sealed class S3Store(IOptions<S3Credentials> account, TimeProvider clock)
{
    /// <summary>S3's smallest part, except the last one.</summary>
    public const long MinimumPartBytes = 5L * 1024 * 1024;

    private readonly ConcurrentDictionary<string, SortedDictionary<string, S3Object>> _buckets =
        new(account.Value.Buckets.Select(b => KeyValuePair.Create(b, new SortedDictionary<string, S3Object>(StringComparer.Ordinal))));

    private readonly ConcurrentDictionary<string, MultipartUpload> _uploads = new();

    public bool HasBucket(string bucket) => _buckets.ContainsKey(bucket);

    public S3Object Put(string bucket, string key, byte[] bytes, string contentType) =>
        Put(bucket, key, new S3Object(bytes, contentType, $"\"{Convert.ToHexStringLower(MD5.HashData(bytes))}\"", clock.GetUtcNow()));

    public S3Object? Get(string bucket, string key)
    {
        var objects = _buckets[bucket];
        lock (objects)
        {
            return objects.GetValueOrDefault(key);
        }
    }

    public void Delete(string bucket, string key)
    {
        var objects = _buckets[bucket];
        lock (objects)
        {
            objects.Remove(key);
        }
    }

    /// <summary>Keys under <paramref name="prefix"/> after <paramref name="after"/>, in order, at most <paramref name="max"/>, and whether more follow.</summary>
    public (IReadOnlyList<(string Key, S3Object Object)> Items, bool Truncated) List(string bucket, string prefix, string? after, int max)
    {
        var objects = _buckets[bucket];
        lock (objects)
        {
            var matching = objects.Where(o => o.Key.StartsWith(prefix, StringComparison.Ordinal) && (after is null || string.CompareOrdinal(o.Key, after) > 0));
            var page = matching.Take(max + 1).Select(o => (o.Key, o.Value)).ToList();
            return (page.Take(max).ToList(), page.Count > max);
        }
    }

    public string StartUpload(string key, string contentType)
    {
        var id = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
        _uploads[id] = new MultipartUpload(key, contentType);
        return id;
    }

    public MultipartUpload? Upload(string uploadId, string key) =>
        _uploads.TryGetValue(uploadId, out var upload) && upload.Key == key ? upload : null;

    public void EndUpload(string uploadId) => _uploads.TryRemove(uploadId, out _);

    /// <summary>The number of multipart uploads begun and not yet completed or aborted.</summary>
    public int OpenUploads => _uploads.Count;

    /// <summary>Joins the named parts in order; the ETag is S3's: MD5 of the parts' MD5s, dash, part count.</summary>
    public S3Object Complete(string bucket, MultipartUpload upload, IReadOnlyList<int> partNumbers)
    {
        var parts = partNumbers.Select(n => upload.Parts[n].Bytes).ToList();
        var bytes = parts.SelectMany(p => p).ToArray();
        var etag = $"\"{Convert.ToHexStringLower(MD5.HashData(parts.SelectMany(MD5.HashData).ToArray()))}-{parts.Count}\"";
        return Put(bucket, upload.Key, new S3Object(bytes, upload.ContentType, etag, clock.GetUtcNow()));
    }

    private S3Object Put(string bucket, string key, S3Object stored)
    {
        var objects = _buckets[bucket];
        lock (objects)
        {
            objects[key] = stored;
        }
        return stored;
    }
}
