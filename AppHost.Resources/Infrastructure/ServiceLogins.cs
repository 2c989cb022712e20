namespace AdFlux.AppHost.Infrastructure;

/// <summary>
/// The two logins of one service database: the owner, which migrates it (the migration step),
/// and the runtime role the service serves with, which may read and write rows only.
/// </summary>
public sealed record ServiceLogins(string Database, string OwnerRole, string RuntimeRole, string OwnerConnectionString, string RuntimeConnectionString);
