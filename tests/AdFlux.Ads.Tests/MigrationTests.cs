using AdFlux.Ads.Data;
using AdFlux.Testing;

namespace AdFlux.Ads.Tests;

public sealed class MigrationTests
{
    [Fact]
    public async Task Ads_migrations_build_the_schema_the_model_expects() =>
        await MigrationSchema.AssertMigrationsMatchModelAsync(await TestInfrastructure.SharedAsync(),
            cs => new AdsDbContext(MigrationSchema.OptionsFor<AdsDbContext>(cs), new FixedTenantContext(null, IsAdmin: false)));
}
