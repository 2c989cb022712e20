using AdFlux.Identity.Data;
using AdFlux.Testing;

namespace AdFlux.Identity.Tests;

public sealed class MigrationTests
{
    [Fact]
    public async Task Hand_written_migrations_build_the_schema_the_model_expects() =>
        await MigrationSchema.AssertMigrationsMatchModelAsync(
            await TestInfrastructure.SharedAsync(),
            connectionString => new IdentityDbContext(MigrationSchema.OptionsFor<IdentityDbContext>(connectionString), new FixedTenantContext(null)));
}
