using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AdFlux.Ads.Data.Migrations;

/// <summary>A/B tests of campaigns' ads: their plan and decision.</summary>
[DbContext(typeof(AdsDbContext))]
[Migration("20261130010000_AbTests")]
public sealed class AbTests : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        CREATE TABLE ab_tests (
            id uuid NOT NULL,
            tenant_id uuid NOT NULL,
            client_profile_id uuid NOT NULL,
            campaign_id uuid NOT NULL,
            metric character varying(20) NOT NULL,
            control_ad_id uuid NOT NULL,
            variant_ad_ids uuid[] NOT NULL,
            baseline_rate double precision NOT NULL,
            minimum_detectable_effect double precision NOT NULL,
            alpha double precision NOT NULL,
            power double precision NOT NULL,
            planned_sample_per_arm bigint NOT NULL,
            created_at timestamp with time zone NOT NULL,
            concluded_at timestamp with time zone,
            winner_ad_id uuid,
            effect double precision,
            interval_low double precision,
            interval_high double precision,
            p_value double precision,
            probability_to_beat_control double precision,
            CONSTRAINT pk_ab_tests PRIMARY KEY (id),
            CONSTRAINT fk_ab_tests_campaigns_campaign_id FOREIGN KEY (campaign_id) REFERENCES campaigns (id) ON DELETE CASCADE
        );
        CREATE INDEX ix_ab_tests_campaign_id ON ab_tests (campaign_id);
        CREATE INDEX ix_ab_tests_tenant_id_campaign_id ON ab_tests (tenant_id, campaign_id);
        """);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("DROP TABLE ab_tests;");
}
