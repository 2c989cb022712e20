using AdFlux.AppHost.Infrastructure;

namespace AdFlux.AppHost.Resources.Local;

/// <summary>The databases of a <see cref="LocalPostgresResource"/>: each service gets an owner and a runtime role, passwords derived from the server's application password.</summary>
internal sealed class LocalPostgresDatabases(string admin, string user, string password) : PostgresDatabases
{
    public override string AdminConnectionString { get; } = admin;

    protected override (string User, string Password)? ApplicationRole => (user, password);

    protected override string? RoleSecret => password;
}
