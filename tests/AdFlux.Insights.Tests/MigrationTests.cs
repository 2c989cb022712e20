using AdFlux.Insights.Data;
using AdFlux.Testing;

namespace AdFlux.Insights.Tests;

public sealed class MigrationTests
{
    [Fact]
    public async Task Insights_migrations_build_the_schema_the_model_expects() =>
        await MigrationSchema.AssertMigrationsMatchModelAsync(await TestInfrastructure.SharedAsync(),
            cs => new InsightsDbContext(MigrationSchema.OptionsFor<InsightsDbContext>(cs), new FixedTenantContext(null, IsAdmin: false)));
}
