namespace AdFlux.Video.Storage;

/// <summary>
/// Which store holds the durable media (section <c>Video:Storage</c>). <c>local</c> (the default)
/// keeps everything in <see cref="VideoOptions.StorageRoot"/>; <c>s3</c> keeps sources, variants and
/// thumbnails in an S3-compatible bucket and uses that folder as the working area only.
/// </summary>
public sealed class MediaStoreOptions
{
    public const string Section = "Video:Storage";
    public const string Local = "local";
    public const string S3 = "s3";

    public string Kind { get; set; } = Local;

    public string? Bucket { get; set; }

    /// <summary>Endpoint of an S3-compatible store (MinIO, Ceph, R2 …); unset means AWS S3 in <see cref="Region"/>.</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>The region requests are signed for (SigV4 credential scope).</summary>
    public string Region { get; set; } = "us-east-1";

    /// <summary>With <see cref="SecretKey"/>; both unset means the AWS SDK's default credential chain (environment, instance role).</summary>
    public string? AccessKey { get; set; }

    public string? SecretKey { get; set; }

    /// <summary><c>{endpoint}/{bucket}/{key}</c> instead of <c>{bucket}.{endpoint}/{key}</c>; most S3-compatible stores want it.</summary>
    public bool ForcePathStyle { get; set; } = true;

    /// <summary>A key prefix inside the bucket, so several installations can share one; checked like any key.</summary>
    public string? Prefix { get; set; }

    /// <summary>Files of this size or more are uploaded in parts (S3 takes at most 5 GiB in one PUT).</summary>
    public long MultipartThresholdBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Size of each part but the last (S3's minimum is 5 MiB).</summary>
    public long PartSizeBytes { get; set; } = 16L * 1024 * 1024;

    /// <summary>Largest ranged GET a download issues at once; a longer read continues with the next range.</summary>
    public int ReadWindowBytes { get; set; } = 8 * 1024 * 1024;
}
