using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AdFlux.Ads.Data.Migrations;

/// <summary>Campaigns' daily figures, their pull schedule and the budget thresholds already announced.</summary>
[DbContext(typeof(AdsDbContext))]
[Migration("20261130020000_Metrics")]
public sealed class Metrics : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        CREATE TABLE budget_alerts (
            campaign_id uuid NOT NULL,
            period_start date NOT NULL,
            threshold_percent integer NOT NULL,
            tenant_id uuid NOT NULL,
            spend_minor bigint NOT NULL,
            reached_at timestamp with time zone NOT NULL,
            CONSTRAINT pk_budget_alerts PRIMARY KEY (campaign_id, period_start, threshold_percent),
            CONSTRAINT fk_budget_alerts_campaigns_campaign_id FOREIGN KEY (campaign_id) REFERENCES campaigns (id) ON DELETE CASCADE
        );
        CREATE TABLE daily_metrics (
            campaign_id uuid NOT NULL,
            date date NOT NULL,
            tenant_id uuid NOT NULL,
            client_profile_id uuid NOT NULL,
            impressions bigint NOT NULL,
            reach bigint,
            clicks bigint NOT NULL,
            spend_minor bigint NOT NULL,
            conversions double precision NOT NULL,
            conversion_value_minor bigint NOT NULL,
            synced_at timestamp with time zone NOT NULL,
            CONSTRAINT pk_daily_metrics PRIMARY KEY (campaign_id, date),
            CONSTRAINT fk_daily_metrics_campaigns_campaign_id FOREIGN KEY (campaign_id) REFERENCES campaigns (id) ON DELETE CASCADE
        );
        CREATE TABLE metric_syncs (
            campaign_id uuid NOT NULL,
            tenant_id uuid NOT NULL,
            next_run_at timestamp with time zone NOT NULL,
            last_synced_at timestamp with time zone,
            lease_owner character varying(100),
            lease_expires_at timestamp with time zone,
            last_error character varying(4000),
            CONSTRAINT pk_metric_syncs PRIMARY KEY (campaign_id),
            CONSTRAINT fk_metric_syncs_campaigns_campaign_id FOREIGN KEY (campaign_id) REFERENCES campaigns (id) ON DELETE CASCADE
        );
        CREATE INDEX ix_budget_alerts_tenant_id ON budget_alerts (tenant_id);
        CREATE INDEX ix_daily_metrics_tenant_id_client_profile_id_date ON daily_metrics (tenant_id, client_profile_id, date);
        CREATE INDEX ix_metric_syncs_next_run_at ON metric_syncs (next_run_at);
        """);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        DROP TABLE budget_alerts;
        DROP TABLE metric_syncs;
        DROP TABLE daily_metrics;
        """);
}
