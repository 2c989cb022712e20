namespace AdFlux.AppHost.Infrastructure;

/// <summary>A prepared local PostgreSQL: binaries, folders, credentials and role names; see <see cref="EmbeddedPostgres.PrepareAsync"/>.</summary>
public sealed record PostgresLayout(
    string BinDirectory,
    string Directory,
    string DataDirectory,
    string SocketDirectory,
    PostgresCredentials Credentials,
    string SuperUser,
    string ApplicationUser)
{
    public string Version => Path.GetFileName(Path.GetDirectoryName(BinDirectory)) ?? "";

    public ChildProcessSpec ServerCommand(int port, bool durable) => EmbeddedPostgres.ServerCommand(this, port, durable);
}
