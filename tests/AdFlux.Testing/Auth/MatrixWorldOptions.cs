using Microsoft.AspNetCore.Hosting;

namespace AdFlux.Testing.Auth;

/// <summary>How <see cref="MatrixWorldHost{TProgram}"/> hosts the service under test and fills each tenant with its resources.</summary>
public sealed record MatrixWorldOptions
{
    /// <summary>Extra settings or services for the service under test (not applied when it is identity itself).</summary>
    public Action<IWebHostBuilder>? ConfigureService { get; init; }

    /// <summary>Called once per tenant after its users, profiles and keys exist: create the service's resources and name them.</summary>
    public Func<MatrixSeed, Task>? Seed { get; init; }
}
