using System.Net;
using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.Extensions.Options;

namespace AdFlux.Video.Storage;

/// <summary>
/// Durable media in an S3-compatible bucket; the local folder of <see cref="LocalMediaStorage"/> is
/// the working area (upload parts, staging, ffmpeg inputs and outputs, sampled frames). Publishing
/// uploads the finished file — in parts from <see cref="MediaStoreOptions.MultipartThresholdBytes"/>
/// on — and then deletes it locally; downloads are ranged GETs; ffmpeg gets a copy fetched into its
/// job's work folder. Keys pass the same <see cref="MediaKey"/> check before any request.
/// </summary>
public sealed class S3MediaStorage(IAmazonS3 client, IOptions<MediaStoreOptions> options, LocalMediaStorage working) : IMediaStorage
{
    private readonly MediaStoreOptions _options = options.Value;
    private readonly string _bucket = options.Value.Bucket ?? throw new InvalidOperationException($"{MediaStoreOptions.Section}:Bucket is not set.");
    private readonly string _prefix = string.IsNullOrEmpty(options.Value.Prefix) ? "" : MediaKey.Checked(options.Value.Prefix.Trim('/')) + "/";

    /// <summary>The object key of a media key in the bucket.</summary>
    public string ObjectKey(string key) => _prefix + MediaKey.Checked(key);

    public string PathOf(string key) => working.PathOf(key);

    public long LengthOf(string key) => working.LengthOf(key);

    public Task<long> AppendAsync(string key, Stream content, long maxBytes, CancellationToken cancellationToken) =>
        working.AppendAsync(key, content, maxBytes, cancellationToken);

    public Stream OpenRead(string key) => working.OpenRead(key);

    public void Move(string fromKey, string toKey) => working.Move(fromKey, toKey);

    public void Delete(string key) => working.Delete(key);

    public async Task PublishAsync(string file, string key, CancellationToken cancellationToken)
    {
        var objectKey = ObjectKey(key);
        if (!working.IsUnderRoot(file))
        {
            throw new ArgumentException($"'{file}' is not in the working folder.", nameof(file));
        }
        var length = new FileInfo(file).Length;
        if (length < _options.MultipartThresholdBytes)
        {
            // One PUT replaces an object atomically: readers see the old bytes or the new ones.
            await client.PutObjectAsync(new PutObjectRequest
            {
                BucketName = _bucket,
                Key = objectKey,
                FilePath = file,
                ContentType = ContentTypeOf(key),
                UseChunkEncoding = false,
            }, cancellationToken);
        }
        else
        {
            await UploadInPartsAsync(file, length, objectKey, ContentTypeOf(key), cancellationToken);
        }
        File.Delete(file);
    }

    public async Task<string> LocalFileAsync(string key, string workFolder, CancellationToken cancellationToken)
    {
        var objectKey = ObjectKey(key);
        if (!working.IsUnderRoot(workFolder))
        {
            throw new ArgumentException($"'{workFolder}' is not in the working folder.", nameof(workFolder));
        }
        Directory.CreateDirectory(workFolder);
        var path = Path.Combine(workFolder, "input-" + key.Split('/')[^1]);
        using var response = await client.GetObjectAsync(_bucket, objectKey, cancellationToken);
        await using (var file = new FileStream(path + ".part", FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
        {
            await response.ResponseStream.CopyToAsync(file, cancellationToken);
        }
        File.Move(path + ".part", path, overwrite: true);
        return path;
    }

    public async Task<Stream?> OpenDurableAsync(string key, CancellationToken cancellationToken)
    {
        var objectKey = ObjectKey(key);
        try
        {
            var head = await client.GetObjectMetadataAsync(_bucket, objectKey, cancellationToken);
            return new S3RangeStream(client, _bucket, objectKey, head.ContentLength, _options.ReadWindowBytes);
        }
        catch (AmazonS3Exception ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task DeleteDurableAsync(string key, CancellationToken cancellationToken) =>
        await client.DeleteObjectAsync(_bucket, ObjectKey(key), cancellationToken);

    public async Task DeleteFolderAsync(string prefix, CancellationToken cancellationToken)
    {
        var request = new ListObjectsV2Request { BucketName = _bucket, Prefix = ObjectKey(prefix) + "/" };
        ListObjectsV2Response page;
        do
        {
            page = await client.ListObjectsV2Async(request, cancellationToken);
            foreach (var item in page.S3Objects ?? [])
            {
                await client.DeleteObjectAsync(_bucket, item.Key, cancellationToken);
            }
            request.ContinuationToken = page.NextContinuationToken;
        }
        while (page.IsTruncated == true);
        await working.DeleteFolderAsync(prefix, cancellationToken);
    }

    private async Task UploadInPartsAsync(string file, long length, string objectKey, string contentType, CancellationToken cancellationToken)
    {
        var partSize = Math.Max(5L * 1024 * 1024, _options.PartSizeBytes);
        var upload = await client.InitiateMultipartUploadAsync(
            new InitiateMultipartUploadRequest { BucketName = _bucket, Key = objectKey, ContentType = contentType }, cancellationToken);
        try
        {
            var parts = new List<PartETag>();
            for (var (number, position) = (1, 0L); position < length; number++, position += partSize)
            {
                var part = await client.UploadPartAsync(new UploadPartRequest
                {
                    BucketName = _bucket,
                    Key = objectKey,
                    UploadId = upload.UploadId,
                    PartNumber = number,
                    FilePath = file,
                    FilePosition = position,
                    PartSize = Math.Min(partSize, length - position),
                    UseChunkEncoding = false,
                }, cancellationToken);
                parts.Add(new PartETag(number, part.ETag));
            }
            await client.CompleteMultipartUploadAsync(new CompleteMultipartUploadRequest
            {
                BucketName = _bucket,
                Key = objectKey,
                UploadId = upload.UploadId,
                PartETags = parts,
            }, cancellationToken);
        }
        catch
        {
            // An abandoned upload's parts are billed until aborted.
            await client.AbortMultipartUploadAsync(
                new AbortMultipartUploadRequest { BucketName = _bucket, Key = objectKey, UploadId = upload.UploadId }, CancellationToken.None);
            throw;
        }
    }

    private static string ContentTypeOf(string key) => Path.GetExtension(key) switch
    {
        ".mp4" => "video/mp4",
        ".webm" => "video/webm",
        ".mkv" => "video/x-matroska",
        ".jpg" => "image/jpeg",
        _ => "application/octet-stream",
    };
}
