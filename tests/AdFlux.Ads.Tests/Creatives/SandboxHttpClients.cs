namespace AdFlux.Ads.Tests.Creatives;

/// <summary>An <see cref="IHttpClientFactory"/> whose clients all reach the in-process sandbox, optionally through a handler that edits its answers.</summary>
public sealed class SandboxHttpClients(SandboxFixture fixture, Func<HttpMessageHandler, DelegatingHandler>? wrap = null) : IHttpClientFactory
{
    public HttpClient CreateClient(string name) =>
        new(wrap is null ? fixture.Sandbox.Server.CreateHandler() : wrap(fixture.Sandbox.Server.CreateHandler()), disposeHandler: true);
}
