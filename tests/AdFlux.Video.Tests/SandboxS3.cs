using AdFlux.PlatformSandbox.S3;
using AdFlux.Video.Storage;
using Amazon.Runtime;
using Microsoft.AspNetCore.Mvc.Testing;
using SandboxProgram = AdFlux.PlatformSandbox.Program;

namespace AdFlux.Video.Tests;

/// <summary>
/// The platform sandbox in process as the S3 endpoint, and the AWS SDK's HTTP routed to it (the
/// SDK takes an <see cref="HttpClientFactory"/>), counting the requests that reach it.
/// </summary>
public sealed class SandboxS3 : HttpClientFactory, IAsyncLifetime
{
    private int _requests;

    public WebApplicationFactory<SandboxProgram> Sandbox { get; } = new();

    public S3Store Store => (S3Store)Sandbox.Services.GetService(typeof(S3Store))!;

    /// <summary>Requests that reached the sandbox through the SDK so far.</summary>
    public int Requests => Volatile.Read(ref _requests);

    public string ServiceUrl => new Uri(Sandbox.Server.BaseAddress, S3Apis.PathPrefix).ToString();

    public MediaStoreOptions Options(string? secret = null, string? prefix = null) => new()
    {
        Kind = MediaStoreOptions.S3,
        Bucket = S3Credentials.DefaultBucket,
        ServiceUrl = ServiceUrl,
        AccessKey = S3Credentials.DefaultAccessKey,
        SecretKey = secret ?? S3Credentials.DefaultSecretKey,
        Prefix = prefix,
    };

    /// <summary>The settings that select the S3 store in a video host.</summary>
    public (string Key, string Value)[] Settings() =>
    [
        ("Video:Storage:Kind", MediaStoreOptions.S3),
        ("Video:Storage:Bucket", S3Credentials.DefaultBucket),
        ("Video:Storage:ServiceUrl", ServiceUrl),
        ("Video:Storage:AccessKey", S3Credentials.DefaultAccessKey),
        ("Video:Storage:SecretKey", S3Credentials.DefaultSecretKey),
    ];

    public override HttpClient CreateHttpClient(IClientConfig clientConfig) =>
        new(new Counting(this, Sandbox.Server.CreateHandler()));

    public Task InitializeAsync()
    {
        _ = Sandbox.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Sandbox.DisposeAsync();

    private sealed class Counting(SandboxS3 owner, HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref owner._requests);
            // The SDK builds its URIs with DangerousDisablePathAndQueryCanonicalization (to send keys exactly as
            // encoded), which the in-process TestServer cannot read; over a socket the same characters go out.
            request.RequestUri = new Uri(request.RequestUri!.OriginalString);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
