using AdFlux.Testing;
using AdFlux.Video.Data;

namespace AdFlux.Video.Tests;

public sealed class MigrationTests
{
    [Fact]
    public async Task Video_migrations_build_the_schema_the_model_expects() =>
        await MigrationSchema.AssertMigrationsMatchModelAsync(await TestInfrastructure.SharedAsync(),
            cs => new VideoDbContext(MigrationSchema.OptionsFor<VideoDbContext>(cs), new FixedTenantContext(null, IsAdmin: false)));
}
