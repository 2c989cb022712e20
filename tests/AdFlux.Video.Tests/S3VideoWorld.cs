using Amazon.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace AdFlux.Video.Tests;

/// <summary>A video host whose durable media go to the platform sandbox's S3 (<c>Video:Storage:Kind=s3</c>).</summary>
public sealed class S3VideoWorld : IAsyncLifetime
{
    public SandboxS3 S3 { get; } = new();

    public VideoWorld Video { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await S3.InitializeAsync();
        Video = new VideoWorld(S3.Settings(), services => services.AddSingleton<HttpClientFactory>(S3));
        await Video.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await Video.DisposeAsync();
        await S3.DisposeAsync();
    }
}

/// <summary>Alone, after the parallel classes: it runs ffmpeg, which is heavy on two cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class S3VideoCollection : ICollectionFixture<S3VideoWorld>
{
    public const string Name = "video on s3";
}
