using AdFlux.AppHost.Backing;
using AdFlux.AppHost.Infrastructure;

namespace AdFlux.AppHost.Tests;

/// <summary>
/// The application model when PostgreSQL runs in a container (no container runtime here, so the
/// model is built, not run; the roles themselves are made by the code the ledger tests run
/// against a real server, <c>DeployedRolesTests</c>).
/// </summary>
public sealed class ContainerPostgresTests
{
    [Fact]
    public void Each_database_is_served_as_its_runtime_role_after_a_migration_step_that_logs_in_as_the_owner_once_the_roles_exist()
    {
        var data = Directory.CreateTempSubdirectory("adflux-container-model-");
        try
        {
            var builder = DistributedApplication.CreateBuilder();
            var messaging = builder.AddConnectionString("messaging");
            var database = ContainerPostgres.Add(builder, new LocalData(data.FullName, 0), messaging)("ledgerdb");
            var ledgerProject = Path.Combine(Projects.AdFlux_AppHost.ProjectPath, "..", "services", "ledger", "AdFlux.Ledger.csproj");
            var ledger = builder.AddProject("ledger", ledgerProject).Uses(database);

            var secret = File.ReadAllText(Path.Combine(data.FullName, "postgres-container-password"));
            var (owner, ownerPassword) = PostgresDatabases.RoleLogin(secret, "ledgerdb", owner: true);
            var (runtime, runtimePassword) = PostgresDatabases.RoleLogin(secret, "ledgerdb", owner: false);
            Assert.Contains($"Username={runtime};Password={runtimePassword};Database=ledgerdb", database.Runtime.Resource.ConnectionStringExpression.ValueExpression, StringComparison.Ordinal);
            Assert.Contains($"Username={owner};Password={ownerPassword};Database=ledgerdb", database.OwnerConnectionString!.ValueExpression, StringComparison.Ordinal);
            Assert.Equal("ledgerdb_runtime", database.RuntimeRole);

            var server = builder.Resources.OfType<PostgresServerResource>().Single();
            var step = builder.Resources.OfType<ProjectResource>().Single(r => r.Name == "ledger-migrations");
            Assert.Contains(step.Annotations.OfType<WaitAnnotation>(), wait => wait.Resource == server);
            Assert.Contains(ledger.Resource.Annotations.OfType<WaitAnnotation>(), wait => wait.Resource == step && wait.WaitType == WaitType.WaitForCompletion);
            Assert.Contains(server.Annotations.OfType<ContainerMountAnnotation>(), mount => mount.Source!.StartsWith("adflux-postgres-data-", StringComparison.Ordinal));
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }
}
