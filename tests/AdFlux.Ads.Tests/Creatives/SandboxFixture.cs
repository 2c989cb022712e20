using Microsoft.AspNetCore.Mvc.Testing;
using SandboxProgram = AdFlux.PlatformSandbox.Program;

namespace AdFlux.Ads.Tests.Creatives;

/// <summary>An in-process platform sandbox alone (no database, no broker) for the creative clients' contract tests.</summary>
public sealed class SandboxFixture : IAsyncLifetime
{
    public WebApplicationFactory<SandboxProgram> Sandbox { get; } = new();

    public Uri Root => Sandbox.Server.BaseAddress;

    public HttpClient NewHttpClient() => new(Sandbox.Server.CreateHandler()) { BaseAddress = Root };

    public Task InitializeAsync()
    {
        _ = Sandbox.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Sandbox.DisposeAsync();
}
