using AdFlux.AppHost.Infrastructure;
using Aspire.Hosting.ApplicationModel;
using Npgsql;

namespace AdFlux.AppHost.Resources.Local;

/// <summary>
/// Debian's PostgreSQL as an Aspire executable resource on a fixed loopback port (so a restart
/// keeps every connection string valid). Its connection string is the superuser's; each
/// <see cref="LocalDatabaseResource"/> hands its service the database's runtime role, and its
/// migration step the owner role (<see cref="ServiceLogins"/>).
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

    /// <summary>Creates service databases and their roles once the server runs.</summary>
    public PostgresDatabases Server => field ??= new LocalPostgresDatabases(AdminConnectionString, Layout.ApplicationUser, Layout.Credentials.ApplicationPassword);

    /// <summary>A service database's owner login (its migration step) or runtime login (the service), <see cref="ServiceLogins"/>.</summary>
    public ReferenceExpression LoginConnectionString(string database, bool owner)
    {
        var logins = Server.LoginsFor(database);
        var login = new NpgsqlConnectionStringBuilder(owner ? logins.OwnerConnectionString : logins.RuntimeConnectionString);
        return ReferenceExpression.Create(
            $"Host=127.0.0.1;Port={PrimaryEndpoint.Property(EndpointProperty.Port)};Username={login.Username};Password={login.Password};Database={database}");
    }

    internal void Add(LocalDatabaseResource database) => _databases.Add(database);
}
