using AdFlux.AppHost.Infrastructure;
using Aspire.Hosting.ApplicationModel;
using Npgsql;

namespace AdFlux.AppHost.Resources.Local;

/// <summary>
/// Debian's PostgreSQL as an Aspire executable resource on a fixed loopback port (so a restart
/// keeps every connection string valid). Its connection string is the superuser's; each
/// <see cref="LocalDatabaseResource"/> hands services the non-superuser application role.
/// </summary>
public sealed class LocalPostgresResource(string name, string command, PostgresLayout layout, int port)
    : ExecutableResource(name, command, layout.Directory), IResourceWithConnectionString
{
    public const string EndpointName = "tcp";

    private readonly List<LocalDatabaseResource> _databases = [];

    public PostgresLayout Layout { get; } = layout;

    public int Port { get; } = port;

    public IReadOnlyList<LocalDatabaseResource> Databases => _databases;

    public EndpointReference PrimaryEndpoint => field ??= new(this, EndpointName);

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"Host=127.0.0.1;Port={PrimaryEndpoint.Property(EndpointProperty.Port)};Username={Layout.SuperUser};Password={Layout.Credentials.SuperUserPassword};Database=postgres");

    /// <summary>The same superuser connection as a plain string, for creating roles and databases from the AppHost.</summary>
    public string AdminConnectionString => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = Layout.SuperUser,
        Password = Layout.Credentials.SuperUserPassword,
        Database = "postgres",
    }.ConnectionString;

    public ReferenceExpression ApplicationConnectionString(string database) => ReferenceExpression.Create(
        $"Host=127.0.0.1;Port={PrimaryEndpoint.Property(EndpointProperty.Port)};Username={Layout.ApplicationUser};Password={Layout.Credentials.ApplicationPassword};Database={database}");

    internal void Add(LocalDatabaseResource database) => _databases.Add(database);
}
