using System.Net;
using System.Security.Cryptography;
using AdFlux.PlatformSandbox.S3;
using AdFlux.Video.Storage;
using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace AdFlux.Video.Tests;

/// <summary>The S3 media store against the platform sandbox's S3, which checks every request's SigV4 signature.</summary>
public sealed class S3MediaStorageContractTests(SandboxS3 s3) : IClassFixture<SandboxS3>, IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"adflux-s3-work-{Guid.NewGuid():N}");

    private (S3MediaStorage Store, LocalMediaStorage Working, AmazonS3Client Client) Create(MediaStoreOptions? options = null)
    {
        options ??= s3.Options();
        var working = new LocalMediaStorage(
            Microsoft.Extensions.Options.Options.Create(new VideoOptions { StorageRoot = _root }),
            new HostingEnvironment { ContentRootPath = _root });
        var client = MediaStorageExtensions.CreateClient(options, s3);
        return (new S3MediaStorage(client, Microsoft.Extensions.Options.Options.Create(options), working), working, client);
    }

    private static string Prefix() => $"videos/{Guid.NewGuid():N}";

    private static byte[] Bytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private static async Task<string> WorkingFileAsync(LocalMediaStorage working, byte[] bytes)
    {
        var path = working.PathOf($"work/{Guid.NewGuid():N}/out.mp4");
        await File.WriteAllBytesAsync(path, bytes);
        return path;
    }

    [Fact]
    public async Task A_published_file_is_in_the_bucket_not_in_the_working_folder_and_reads_whole_ranged_and_fetched()
    {
        var options = s3.Options();
        options.ReadWindowBytes = 4096;
        var (store, working, _) = Create(options);
        var bytes = Bytes(100_000, 1);
        var key = $"{Prefix()}/source.mp4";
        var file = await WorkingFileAsync(working, bytes);

        await store.PublishAsync(file, key, default);
        await using var read = (await store.OpenDurableAsync(key, default))!;
        var whole = new MemoryStream();
        await read.CopyToAsync(whole);
        read.Seek(54_321, SeekOrigin.Begin);
        var middle = new byte[10_000];
        await read.ReadExactlyAsync(middle);
        var fetched = await store.LocalFileAsync(key, Path.GetDirectoryName(working.PathOf("work/fetch/x"))!, default);

        Assert.False(File.Exists(file));
        Assert.Equal(bytes, s3.Store.Get(S3Credentials.DefaultBucket, key)!.Bytes);
        Assert.Equal("video/mp4", s3.Store.Get(S3Credentials.DefaultBucket, key)!.ContentType);
        Assert.Equal(bytes.Length, read.Length);
        Assert.Equal(bytes, whole.ToArray());
        Assert.Equal(bytes.AsSpan(54_321, 10_000).ToArray(), middle);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(fetched));
        Assert.Null(await store.OpenDurableAsync($"{Prefix()}/missing.mp4", default));
    }

    [Fact]
    public async Task The_sandbox_answers_ranges_heads_lists_and_missing_things_as_S3_does()
    {
        var (store, working, client) = Create();
        var prefix = Prefix();
        var bytes = Bytes(5_000, 2);
        for (var i = 0; i < 5; i++)
        {
            await store.PublishAsync(await WorkingFileAsync(working, bytes), $"{prefix}/clips/c{i}.jpg", default);
        }

        using var range = await client.GetObjectAsync(new GetObjectRequest { BucketName = S3Credentials.DefaultBucket, Key = $"{prefix}/clips/c1.jpg", ByteRange = new ByteRange(100, 199) });
        var ranged = new MemoryStream();
        await range.ResponseStream.CopyToAsync(ranged);
        var head = await client.GetObjectMetadataAsync(S3Credentials.DefaultBucket, $"{prefix}/clips/c2.jpg");
        var first = await client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = S3Credentials.DefaultBucket, Prefix = prefix + "/", MaxKeys = 2 });
        var keys = first.S3Objects.Select(o => o.Key).ToList();
        var page = first;
        while (page.IsTruncated == true)
        {
            page = await client.ListObjectsV2Async(new ListObjectsV2Request
            {
                BucketName = S3Credentials.DefaultBucket, Prefix = prefix + "/", MaxKeys = 2, ContinuationToken = page.NextContinuationToken,
            });
            keys.AddRange(page.S3Objects.Select(o => o.Key));
        }
        var noKey = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => client.GetObjectAsync(S3Credentials.DefaultBucket, $"{prefix}/none.mp4"));
        var noBucket = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => client.GetObjectAsync("no-such-bucket", $"{prefix}/clips/c1.jpg"));
        var badRange = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => client.GetObjectAsync(new GetObjectRequest
        {
            BucketName = S3Credentials.DefaultBucket, Key = $"{prefix}/clips/c1.jpg", ByteRange = new ByteRange(9_000, 9_100),
        }));

        Assert.Equal(HttpStatusCode.PartialContent, range.HttpStatusCode);
        Assert.Equal("bytes 100-199/5000", range.ContentRange);
        Assert.Equal(bytes.AsSpan(100, 100).ToArray(), ranged.ToArray());
        Assert.Equal(5_000, head.ContentLength);
        Assert.Equal($"\"{Convert.ToHexStringLower(MD5.HashData(bytes))}\"", head.ETag);
        Assert.Equal(2, first.KeyCount);
        Assert.Equal(Enumerable.Range(0, 5).Select(i => $"{prefix}/clips/c{i}.jpg"), keys);
        Assert.Equal(("NoSuchKey", HttpStatusCode.NotFound), (noKey.ErrorCode, noKey.StatusCode));
        Assert.Equal(("NoSuchBucket", HttpStatusCode.NotFound), (noBucket.ErrorCode, noBucket.StatusCode));
        Assert.Equal(("InvalidRange", HttpStatusCode.RequestedRangeNotSatisfiable), (badRange.ErrorCode, badRange.StatusCode));
    }

    [Fact]
    public async Task Deleting_a_folder_removes_every_object_under_it_and_its_working_files_but_nothing_beside_it()
    {
        var (store, working, _) = Create();
        var prefix = Prefix();
        var beside = prefix + "0/source.mp4";
        foreach (var key in new[] { $"{prefix}/source.mp4", $"{prefix}/clips/a.mp4", $"{prefix}/clips/a.jpg", beside })
        {
            await store.PublishAsync(await WorkingFileAsync(working, Bytes(300, 3)), key, default);
        }
        await File.WriteAllBytesAsync(working.PathOf($"{prefix}/frames/f00001.jpg"), Bytes(10, 4));

        await store.DeleteFolderAsync(prefix, default);
        await store.DeleteDurableAsync(beside + ".gone", default);

        Assert.Empty(s3.Store.List(S3Credentials.DefaultBucket, prefix + "/", null, 1000).Items);
        Assert.NotNull(s3.Store.Get(S3Credentials.DefaultBucket, beside));
        Assert.False(Directory.Exists(Path.Combine(_root, prefix)));
    }

    [Fact]
    public async Task A_large_file_goes_up_in_parts_and_comes_back_whole()
    {
        var options = s3.Options();
        options.MultipartThresholdBytes = 5 * 1024 * 1024;
        options.PartSizeBytes = 5 * 1024 * 1024;
        var (store, working, _) = Create(options);
        var bytes = Bytes(11 * 1024 * 1024 + 123, 5);
        var key = $"{Prefix()}/source.mp4";

        await store.PublishAsync(await WorkingFileAsync(working, bytes), key, default);
        await using var read = (await store.OpenDurableAsync(key, default))!;
        var back = new MemoryStream();
        await read.CopyToAsync(back);

        var stored = s3.Store.Get(S3Credentials.DefaultBucket, key)!;
        Assert.EndsWith("-3\"", stored.ETag);
        Assert.Equal(bytes, stored.Bytes);
        Assert.Equal(bytes, back.ToArray());
    }

    [Fact]
    public async Task A_wrong_secret_is_refused_with_SignatureDoesNotMatch_and_the_working_file_is_kept()
    {
        var (store, working, _) = Create(s3.Options(secret: "not-the-secret"));
        var file = await WorkingFileAsync(working, Bytes(1_000, 6));
        var key = $"{Prefix()}/source.mp4";

        var refused = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => store.PublishAsync(file, key, default));

        Assert.Equal(("SignatureDoesNotMatch", HttpStatusCode.Forbidden), (refused.ErrorCode, refused.StatusCode));
        Assert.True(File.Exists(file));
        Assert.Null(s3.Store.Get(S3Credentials.DefaultBucket, key));
    }

    [Theory]
    [InlineData("../escape.mp4")]
    [InlineData("videos/../../etc/passwd")]
    [InlineData("videos//x.mp4")]
    [InlineData("/videos/x.mp4")]
    [InlineData("videos/x/")]
    [InlineData("videos\\..\\x.mp4")]
    [InlineData("videos/./x.mp4")]
    public async Task A_key_that_would_leave_the_prefix_is_refused_before_any_request(string key)
    {
        var (store, working, _) = Create(s3.Options(prefix: "tenant-area"));
        var file = await WorkingFileAsync(working, Bytes(10, 7));
        var before = s3.Requests;

        await Assert.ThrowsAsync<ArgumentException>(() => store.PublishAsync(file, key, default));
        await Assert.ThrowsAsync<ArgumentException>(() => store.OpenDurableAsync(key, default));
        await Assert.ThrowsAsync<ArgumentException>(() => store.DeleteDurableAsync(key, default));
        await Assert.ThrowsAsync<ArgumentException>(() => store.DeleteFolderAsync(key, default));
        await Assert.ThrowsAsync<ArgumentException>(() => store.LocalFileAsync(key, Path.GetDirectoryName(file)!, default));
        Assert.Throws<ArgumentException>(() => working.PathOf(key));
        Assert.Throws<ArgumentException>(() => Create(s3.Options(prefix: "../other")));

        Assert.Equal(before, s3.Requests);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
