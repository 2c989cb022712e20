using AdFlux.Ingest.Data;
using AdFlux.Testing;

namespace AdFlux.Ingest.Tests;

public sealed class MigrationTests
{
    [Fact]
    public async Task The_hand_written_migrations_build_the_schema_the_model_expects() =>
        await MigrationSchema.AssertMigrationsMatchModelAsync(
            await TestInfrastructure.SharedAsync(),
            connectionString => new IngestDbContext(MigrationSchema.OptionsFor<IngestDbContext>(connectionString), new FixedTenantContext(null)));
}
