using AdFlux.Testing;

namespace AdFlux.Ledger.Tests;

/// <summary>Every service got an outbox/inbox migration (and the ledger its own tables); each must build what its model expects.</summary>
public sealed class MigrationTests
{
    private static readonly FixedTenantContext NoCaller = new(null, IsAdmin: false);

    /// <summary>The append-only guard lives only in migration SQL (the model cannot say it), so it is named here and must exist.</summary>
    [Fact]
    public async Task Ledger_migrations_match_the_ledger_model_and_keep_the_append_only_triggers_of_chain_and_checkpoints() =>
        await MigrationSchema.AssertMigrationsMatchModelAsync(await TestInfrastructure.SharedAsync(),
            cs => new Data.LedgerDbContext(MigrationSchema.OptionsFor<Data.LedgerDbContext>(cs), NoCaller),
            "function ledger_events_refuse_change()",
            "trigger CREATE TRIGGER ledger_events_append_only BEFORE DELETE OR UPDATE ON public.ledger_events FOR EACH ROW EXECUTE FUNCTION ledger_events_refuse_change()",
            "trigger CREATE TRIGGER ledger_events_no_truncate BEFORE TRUNCATE ON public.ledger_events FOR EACH STATEMENT EXECUTE FUNCTION ledger_events_refuse_change()",
            "function ledger_checkpoints_refuse_change()",
            "trigger CREATE TRIGGER ledger_checkpoints_append_only BEFORE DELETE OR UPDATE ON public.ledger_checkpoints FOR EACH ROW EXECUTE FUNCTION ledger_checkpoints_refuse_change()",
            "trigger CREATE TRIGGER ledger_checkpoints_no_truncate BEFORE TRUNCATE ON public.ledger_checkpoints FOR EACH STATEMENT EXECUTE FUNCTION ledger_checkpoints_refuse_change()");

    [Fact]
    public async Task Identity_migrations_match_the_identity_model() =>
        await MigrationSchema.AssertMigrationsMatchModelAsync(await TestInfrastructure.SharedAsync(),
            cs => new AdFlux.Identity.Data.IdentityDbContext(MigrationSchema.OptionsFor<AdFlux.Identity.Data.IdentityDbContext>(cs), NoCaller));

    [Fact]
    public async Task Ingest_migrations_match_the_ingest_model() =>
        await MigrationSchema.AssertMigrationsMatchModelAsync(await TestInfrastructure.SharedAsync(),
            cs => new AdFlux.Ingest.Data.IngestDbContext(MigrationSchema.OptionsFor<AdFlux.Ingest.Data.IngestDbContext>(cs), NoCaller));

    [Fact]
    public async Task Video_migrations_match_the_video_model() =>
        await MigrationSchema.AssertMigrationsMatchModelAsync(await TestInfrastructure.SharedAsync(),
            cs => new AdFlux.Video.Data.VideoDbContext(MigrationSchema.OptionsFor<AdFlux.Video.Data.VideoDbContext>(cs), NoCaller));

    [Fact]
    public async Task Ml_detection_migrations_match_the_ml_detection_model() =>
        await MigrationSchema.AssertMigrationsMatchModelAsync(await TestInfrastructure.SharedAsync(),
            cs => new AdFlux.MlDetection.Data.MlDetectionDbContext(MigrationSchema.OptionsFor<AdFlux.MlDetection.Data.MlDetectionDbContext>(cs), NoCaller));

    [Fact]
    public async Task Ads_migrations_match_the_ads_model() =>
        await MigrationSchema.AssertMigrationsMatchModelAsync(await TestInfrastructure.SharedAsync(),
            cs => new AdFlux.Ads.Data.AdsDbContext(MigrationSchema.OptionsFor<AdFlux.Ads.Data.AdsDbContext>(cs), NoCaller));

    /// <summary>Reports are append-only by a trigger that lives only in migration SQL.</summary>
    [Fact]
    public async Task Insights_migrations_match_the_insights_model() =>
        await MigrationSchema.AssertMigrationsMatchModelAsync(await TestInfrastructure.SharedAsync(),
            cs => new AdFlux.Insights.Data.InsightsDbContext(MigrationSchema.OptionsFor<AdFlux.Insights.Data.InsightsDbContext>(cs), NoCaller),
            "function insight_reports_append_only()",
            "trigger CREATE TRIGGER insight_reports_no_update BEFORE UPDATE ON public.insight_reports FOR EACH ROW EXECUTE FUNCTION insight_reports_append_only()");
}
