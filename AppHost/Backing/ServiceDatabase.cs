namespace AdFlux.AppHost.Backing;

/// <summary>
/// A service's database as the AppHost hands it out: <see cref="Runtime"/>, the connection the
/// service serves with, and — where the server has per-service roles — the owner's login its
/// migration step runs with and the runtime role that step grants (<see cref="ServiceWiring"/>).
/// </summary>
public sealed record ServiceDatabase(
    IResourceBuilder<IResourceWithConnectionString> Runtime,
    IResourceBuilder<IResourceWithConnectionString> Messaging,
    ReferenceExpression? OwnerConnectionString = null,
    string? RuntimeRole = null);
