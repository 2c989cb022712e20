using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AdFlux.PlatformSandbox.S3;

/// <summary>
/// An S3-compatible object store at <c>/s3</c>, path-style (<c>/s3/{bucket}/{key}</c>), for the video
/// service's media store (https://docs.aws.amazon.com/AmazonS3/latest/API/): PutObject, GetObject
/// (with <c>Range</c>: 206), HeadObject, DeleteObject, ListObjectsV2 (prefix, continuation),
/// CreateMultipartUpload, UploadPart, CompleteMultipartUpload, AbortMultipartUpload, with S3's XML
/// errors. Every request must carry a valid AWS Signature Version 4 (<see cref="SigV4Verifier"/>).
/// </summary>
public static class S3Apis
{
    public const string PathPrefix = "/s3";

    private static readonly XNamespace Ns = "http://s3.amazonaws.com/doc/2006-03-01/";

    public static IServiceCollection AddS3Sandbox(this IServiceCollection services)
    {
        services.AddOptions<S3Credentials>().BindConfiguration(S3Credentials.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<S3Store>();
        return services;
    }

    public static IEndpointRouteBuilder MapS3Apis(this IEndpointRouteBuilder app)
    {
        app.Map(PathPrefix + "/{bucket}", (HttpContext http, string bucket, S3Store store, IOptions<S3Credentials> account, TimeProvider clock) =>
            HandleAsync(http, bucket, "", store, account.Value, clock));
        app.Map(PathPrefix + "/{bucket}/{**key}", (HttpContext http, string bucket, string? key, S3Store store, IOptions<S3Credentials> account, TimeProvider clock) =>
            HandleAsync(http, bucket, key ?? "", store, account.Value, clock));
        return app;
    }

    private static async Task HandleAsync(HttpContext http, string bucket, string key, S3Store store, S3Credentials account, TimeProvider clock)
    {
        var request = http.Request;
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, http.RequestAborted);
        var body = buffer.ToArray();
        var error = SigV4Verifier.Verify(request, body, account, clock.GetUtcNow())
            ?? (store.HasBucket(bucket) ? null : new S3Error(404, "NoSuchBucket", "The specified bucket does not exist.", $"/{bucket}"));
        error ??= (request.Method, key.Length == 0) switch
        {
            ("GET", true) when request.Query["list-type"] == "2" => await ListAsync(http, bucket, store),
            (_, true) => new S3Error(501, "NotImplemented", "The sandbox serves ListObjectsV2 only on a bucket."),
            ("GET" or "HEAD", false) => await GetAsync(http, bucket, key, store),
            ("PUT", false) when request.Headers.ContainsKey("x-amz-copy-source") => new S3Error(501, "NotImplemented", "CopyObject is not served by the sandbox."),
            ("PUT", false) when request.Query.ContainsKey("uploadId") => UploadPart(http, key, body, store),
            ("PUT", false) => Put(http, bucket, key, body, store),
            ("DELETE", false) when request.Query.ContainsKey("uploadId") => Abort(http, key, store),
            ("DELETE", false) => Delete(http, bucket, key, store),
            ("POST", false) when request.Query.ContainsKey("uploads") => await StartUploadAsync(http, bucket, key, store),
            ("POST", false) when request.Query.ContainsKey("uploadId") => await CompleteAsync(http, bucket, key, body, store),
            _ => new S3Error(405, "MethodNotAllowed", "The specified method is not allowed against this resource."),
        };
        if (error is not null)
        {
            await error.WriteAsync(http.Response);
        }
    }

    private static async Task<S3Error?> GetAsync(HttpContext http, string bucket, string key, S3Store store)
    {
        if (store.Get(bucket, key) is not { } stored)
        {
            return new S3Error(404, "NoSuchKey", "The specified key does not exist.", $"/{bucket}/{key}");
        }
        var response = http.Response;
        var (from, length) = (0L, (long)stored.Bytes.Length);
        if (http.Request.Headers.Range.ToString() is { Length: > 0 } range)
        {
            if (!TryRange(range, stored.Bytes.LongLength, out from, out length))
            {
                response.Headers.ContentRange = $"bytes */{stored.Bytes.Length}";
                return new S3Error(416, "InvalidRange", "The requested range is not satisfiable.");
            }
            response.StatusCode = StatusCodes.Status206PartialContent;
            response.Headers.ContentRange = $"bytes {from}-{from + length - 1}/{stored.Bytes.Length}";
        }
        response.Headers.ETag = stored.ETag;
        response.Headers.LastModified = stored.LastModified.ToString("R", CultureInfo.InvariantCulture);
        response.Headers.AcceptRanges = "bytes";
        response.ContentType = stored.ContentType;
        response.ContentLength = length;
        if (!HttpMethods.IsHead(http.Request.Method))
        {
            await response.Body.WriteAsync(stored.Bytes.AsMemory((int)from, (int)length), http.RequestAborted);
        }
        return null;
    }

    /// <summary>One range: <c>bytes=a-b</c>, <c>bytes=a-</c> or <c>bytes=-n</c>; the end is clipped to the object.</summary>
    private static bool TryRange(string header, long size, out long from, out long length)
    {
        (from, length) = (0, 0);
        if (!header.StartsWith("bytes=", StringComparison.Ordinal) || header.Contains(','))
        {
            return false;
        }
        var parts = header[6..].Split('-');
        if (parts.Length != 2)
        {
            return false;
        }
        long to;
        if (parts[0].Length == 0)
        {
            if (!long.TryParse(parts[1], CultureInfo.InvariantCulture, out var suffix) || suffix <= 0)
            {
                return false;
            }
            (from, to) = (Math.Max(0, size - suffix), size - 1);
        }
        else
        {
            if (!long.TryParse(parts[0], CultureInfo.InvariantCulture, out from))
            {
                return false;
            }
            to = parts[1].Length == 0 ? size - 1 : long.TryParse(parts[1], CultureInfo.InvariantCulture, out var end) ? Math.Min(end, size - 1) : -1;
        }
        length = to - from + 1;
        return from < size && to >= from;
    }

    private static S3Error? Put(HttpContext http, string bucket, string key, byte[] body, S3Store store)
    {
        var stored = store.Put(bucket, key, body, ContentTypeOf(http.Request));
        http.Response.Headers.ETag = stored.ETag;
        return null;
    }

    private static S3Error? Delete(HttpContext http, string bucket, string key, S3Store store)
    {
        store.Delete(bucket, key);
        http.Response.StatusCode = StatusCodes.Status204NoContent;
        return null;
    }

    private static async Task<S3Error?> ListAsync(HttpContext http, string bucket, S3Store store)
    {
        var query = http.Request.Query;
        if (query.ContainsKey("delimiter"))
        {
            return new S3Error(501, "NotImplemented", "The sandbox lists without a delimiter only.");
        }
        var max = query.TryGetValue("max-keys", out var maxText) ? int.TryParse(maxText, CultureInfo.InvariantCulture, out var m) && m >= 0 ? Math.Min(m, 1000) : -1 : 1000;
        if (max < 0)
        {
            return new S3Error(400, "InvalidArgument", "max-keys must be a non-negative integer.");
        }
        var prefix = query["prefix"].ToString();
        var token = query["continuation-token"].ToString();
        string? after = query["start-after"].ToString() is { Length: > 0 } startAfter ? startAfter : null;
        if (token.Length > 0)
        {
            try
            {
                after = Encoding.UTF8.GetString(Convert.FromBase64String(token));
            }
            catch (FormatException)
            {
                return new S3Error(400, "InvalidArgument", "The continuation token provided is incorrect.");
            }
        }
        var (items, truncated) = store.List(bucket, prefix, after, max);
        var encode = query["encoding-type"] == "url";
        string Name(string value) => encode ? SigV4Verifier.UriEncode(value, keepSlash: true) : value;
        var result = new XElement(Ns + "ListBucketResult",
            new XElement(Ns + "Name", bucket),
            new XElement(Ns + "Prefix", Name(prefix)),
            new XElement(Ns + "KeyCount", items.Count),
            new XElement(Ns + "MaxKeys", max),
            new XElement(Ns + "IsTruncated", truncated ? "true" : "false"),
            token.Length > 0 ? new XElement(Ns + "ContinuationToken", token) : null,
            truncated ? new XElement(Ns + "NextContinuationToken", Convert.ToBase64String(Encoding.UTF8.GetBytes(items[^1].Key))) : null,
            encode ? new XElement(Ns + "EncodingType", "url") : null,
            items.Select(i => new XElement(Ns + "Contents",
                new XElement(Ns + "Key", Name(i.Key)),
                new XElement(Ns + "LastModified", i.Object.LastModified.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)),
                new XElement(Ns + "ETag", i.Object.ETag),
                new XElement(Ns + "Size", i.Object.Bytes.Length),
                new XElement(Ns + "StorageClass", "STANDARD"))));
        await WriteXmlAsync(http.Response, result);
        return null;
    }

    private static async Task<S3Error?> StartUploadAsync(HttpContext http, string bucket, string key, S3Store store)
    {
        var uploadId = store.StartUpload(key, ContentTypeOf(http.Request));
        await WriteXmlAsync(http.Response, new XElement(Ns + "InitiateMultipartUploadResult",
            new XElement(Ns + "Bucket", bucket), new XElement(Ns + "Key", key), new XElement(Ns + "UploadId", uploadId)));
        return null;
    }

    private static S3Error? UploadPart(HttpContext http, string key, byte[] body, S3Store store)
    {
        if (store.Upload(http.Request.Query["uploadId"].ToString(), key) is not { } upload)
        {
            return NoSuchUpload();
        }
        if (!int.TryParse(http.Request.Query["partNumber"], CultureInfo.InvariantCulture, out var number) || number is < 1 or > 10000)
        {
            return new S3Error(400, "InvalidArgument", "Part number must be an integer between 1 and 10000, inclusive.");
        }
        var etag = $"\"{Convert.ToHexStringLower(System.Security.Cryptography.MD5.HashData(body))}\"";
        upload.Parts[number] = (body, etag);
        http.Response.Headers.ETag = etag;
        return null;
    }

    private static async Task<S3Error?> CompleteAsync(HttpContext http, string bucket, string key, byte[] body, S3Store store)
    {
        var uploadId = http.Request.Query["uploadId"].ToString();
        if (store.Upload(uploadId, key) is not { } upload)
        {
            return NoSuchUpload();
        }
        List<(int Number, string ETag)> named;
        try
        {
            named = XDocument.Parse(Encoding.UTF8.GetString(body)).Root!.Elements().Where(e => e.Name.LocalName == "Part")
                .Select(p => (int.Parse(p.Elements().First(e => e.Name.LocalName == "PartNumber").Value, CultureInfo.InvariantCulture),
                    p.Elements().First(e => e.Name.LocalName == "ETag").Value))
                .ToList();
        }
        catch (Exception ex) when (ex is System.Xml.XmlException or InvalidOperationException or FormatException or NullReferenceException)
        {
            return new S3Error(400, "MalformedXML", "The XML you provided was not well-formed or did not validate against our published schema.");
        }
        if (named.Count == 0)
        {
            return new S3Error(400, "MalformedXML", "The XML you provided was not well-formed or did not validate against our published schema.");
        }
        if (named.Zip(named.Skip(1)).Any(p => p.Second.Number <= p.First.Number))
        {
            return new S3Error(400, "InvalidPartOrder", "The list of parts was not in ascending order.");
        }
        if (named.Any(p => !upload.Parts.TryGetValue(p.Number, out var part) || part.ETag.Trim('"') != p.ETag.Trim('"')))
        {
            return new S3Error(400, "InvalidPart", "One or more of the specified parts could not be found or its entity tag did not match.");
        }
        if (named.SkipLast(1).Any(p => upload.Parts[p.Number].Bytes.LongLength < S3Store.MinimumPartBytes))
        {
            return new S3Error(400, "EntityTooSmall", "Your proposed upload is smaller than the minimum allowed object size.");
        }
        var stored = store.Complete(bucket, upload, named.Select(p => p.Number).ToList());
        store.EndUpload(uploadId);
        await WriteXmlAsync(http.Response, new XElement(Ns + "CompleteMultipartUploadResult",
            new XElement(Ns + "Location", $"{http.Request.Scheme}://{http.Request.Host}{PathPrefix}/{bucket}/{key}"),
            new XElement(Ns + "Bucket", bucket), new XElement(Ns + "Key", key), new XElement(Ns + "ETag", stored.ETag)));
        return null;
    }

    private static S3Error? Abort(HttpContext http, string key, S3Store store)
    {
        var uploadId = http.Request.Query["uploadId"].ToString();
        if (store.Upload(uploadId, key) is null)
        {
            return NoSuchUpload();
        }
        store.EndUpload(uploadId);
        http.Response.StatusCode = StatusCodes.Status204NoContent;
        return null;
    }

    private static S3Error NoSuchUpload() =>
        new(404, "NoSuchUpload", "The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.");

    private static string ContentTypeOf(HttpRequest request) => request.ContentType is { Length: > 0 } type ? type : "binary/octet-stream";

    private static async Task WriteXmlAsync(HttpResponse response, XElement root)
    {
        response.ContentType = "application/xml";
        await response.WriteAsync("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + root.ToString(SaveOptions.DisableFormatting));
    }
}
