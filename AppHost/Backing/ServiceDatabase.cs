namespace AdFlux.AppHost.Backing;

/// <summary>
/// A service's database as the AppHost hands it out: <see cref="Runtime"/>, the connection the
/// service serves with, and — where the server has per-service roles — the owner's login its
/// migration step runs with and the runtime role that step grants (<see cref="ServiceWiring"/>).
/// <see cref="Server"/> is what to wait for where the roles are made once the server is ready
/// (a container) rather than before the AppHost starts.
/// </summary>
public sealed record ServiceDatabase(
    IResourceBuilder<IResourceWithConnectionString> Runtime,
    IResourceBuilder<IResourceWithConnectionString> Messaging,
    ReferenceExpression? OwnerConnectionString = null,
    string? RuntimeRole = null,
    IResourceBuilder<IResource>? Server = null);
