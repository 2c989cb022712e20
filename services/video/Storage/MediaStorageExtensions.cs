using Amazon.Runtime;
using Amazon.S3;
using Microsoft.Extensions.Options;

namespace AdFlux.Video.Storage;

public static class MediaStorageExtensions
{
    /// <summary>
    /// The local store, or with <c>Video:Storage:Kind=s3</c> the S3 store over the same local folder as
    /// its working area. An <see cref="HttpClientFactory"/> in the container (tests put the
    /// platform sandbox's in-process handler there) replaces the SDK's own HTTP client.
    /// </summary>
    public static IHostApplicationBuilder AddMediaStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<MediaStoreOptions>().BindConfiguration(MediaStoreOptions.Section)
            .Validate(o => o.Kind is MediaStoreOptions.Local or MediaStoreOptions.S3, $"{MediaStoreOptions.Section}:Kind must be 'local' or 's3'.")
            .Validate(o => o.Kind != MediaStoreOptions.S3 || !string.IsNullOrWhiteSpace(o.Bucket), $"{MediaStoreOptions.Section}:Bucket is required for s3.")
            .Validate(o => string.IsNullOrEmpty(o.AccessKey) == string.IsNullOrEmpty(o.SecretKey),
                $"{MediaStoreOptions.Section}:AccessKey and SecretKey are set together or not at all.")
            .ValidateOnStart();
        builder.Services.AddSingleton<LocalMediaStorage>();
        var kind = builder.Configuration[$"{MediaStoreOptions.Section}:Kind"] ?? MediaStoreOptions.Local;
        if (kind != MediaStoreOptions.S3)
        {
            builder.Services.AddSingleton<IMediaStorage>(services => services.GetRequiredService<LocalMediaStorage>());
            return builder;
        }
        builder.Services.AddSingleton<IAmazonS3>(services =>
            CreateClient(services.GetRequiredService<IOptions<MediaStoreOptions>>().Value, services.GetService<HttpClientFactory>()));
        builder.Services.AddSingleton<IMediaStorage, S3MediaStorage>();
        return builder;
    }

    public static AmazonS3Client CreateClient(MediaStoreOptions options, HttpClientFactory? httpClients = null)
    {
        var config = new AmazonS3Config
        {
            ForcePathStyle = options.ForcePathStyle,
            // AWS SDK v4 otherwise adds CRC32 checksums as aws-chunked trailers to every PUT, which
            // several S3-compatible stores refuse; uploads come from seekable files, so the SigV4
            // payload hash (x-amz-content-sha256) already covers their integrity.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        if (!string.IsNullOrWhiteSpace(options.ServiceUrl))
        {
            config.ServiceURL = options.ServiceUrl;
            config.AuthenticationRegion = options.Region;
        }
        else
        {
            config.RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(options.Region);
        }
        if (httpClients is not null)
        {
            config.HttpClientFactory = httpClients;
        }
        return string.IsNullOrEmpty(options.AccessKey)
            ? new AmazonS3Client(config)
            : new AmazonS3Client(new BasicAWSCredentials(options.AccessKey, options.SecretKey), config);
    }
}
