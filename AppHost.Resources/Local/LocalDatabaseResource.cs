using Aspire.Hosting.ApplicationModel;

namespace AdFlux.AppHost.Resources.Local;

/// <summary>A service's database on a <see cref="LocalPostgresResource"/>, created once the server is healthy.</summary>
public sealed class LocalDatabaseResource(string name, string databaseName, LocalPostgresResource parent)
    : Resource(name), IResourceWithParent<LocalPostgresResource>, IResourceWithConnectionString
{
    public string DatabaseName { get; } = databaseName;

    public LocalPostgresResource Parent { get; } = parent;

    public ReferenceExpression ConnectionStringExpression => Parent.ApplicationConnectionString(DatabaseName);
}
