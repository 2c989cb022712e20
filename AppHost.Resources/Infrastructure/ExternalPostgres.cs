namespace AdFlux.AppHost.Infrastructure;

/// <summary>A server someone else runs; services use the same credentials as the given connection.</summary>
public sealed class ExternalPostgres(string connectionString) : PostgresDatabases
{
    public override string AdminConnectionString { get; } = connectionString;
}
