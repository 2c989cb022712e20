using Aspire.Hosting.ApplicationModel;

namespace AdFlux.AppHost.Resources.Local;

/// <summary>
/// A service's database on a <see cref="LocalPostgresResource"/>, created once the server is
/// healthy. Its connection string is the runtime role's; <see cref="OwnerConnectionStringExpression"/>
/// is for the service's migration step only.
/// </summary>
public sealed class LocalDatabaseResource(string name, string databaseName, LocalPostgresResource parent)
    : Resource(name), IResourceWithParent<LocalPostgresResource>, IResourceWithConnectionString
{
    public string DatabaseName { get; } = databaseName;

    public LocalPostgresResource Parent { get; } = parent;

    public ReferenceExpression ConnectionStringExpression => Parent.LoginConnectionString(DatabaseName, owner: false);

    public ReferenceExpression OwnerConnectionStringExpression => Parent.LoginConnectionString(DatabaseName, owner: true);

    public string RuntimeRole => Parent.Server.LoginsFor(DatabaseName).RuntimeRole;
}
