namespace AdFlux.Testing;

/// <summary>A database and a RabbitMQ virtual host of one test class.</summary>
public sealed class IsolatedResources(TestInfrastructure infrastructure, string database, string databaseConnectionString, string messagingConnectionString) : IAsyncDisposable
{
    public TestInfrastructure Infrastructure { get; } = infrastructure;

    public string Database { get; } = database;

    public string DatabaseConnectionString { get; } = databaseConnectionString;

    public string MessagingConnectionString { get; } = messagingConnectionString;

    public async ValueTask DisposeAsync() => await Infrastructure.Postgres.DropDatabaseAsync(Database);
}
