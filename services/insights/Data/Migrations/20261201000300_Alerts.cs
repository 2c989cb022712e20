using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AdFlux.Insights.Data.Migrations;

/// <summary>Threshold rules per client profile's platform metric, and the alerts raised, each once.</summary>
[DbContext(typeof(InsightsDbContext))]
[Migration("20261201000300_Alerts")]
public sealed class Alerts : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        CREATE TABLE alert_rules (
            id uuid NOT NULL,
            tenant_id uuid NOT NULL,
            client_profile_id uuid NOT NULL,
            name varchar(200) NOT NULL,
            platform varchar(100) NOT NULL,
            metric varchar(100) NOT NULL,
            direction varchar(32) NOT NULL,
            threshold double precision NOT NULL,
            enabled boolean NOT NULL,
            created_at timestamptz NOT NULL,
            updated_at timestamptz NOT NULL,
            CONSTRAINT pk_alert_rules PRIMARY KEY (id)
        );
        CREATE INDEX ix_alert_rules_series ON alert_rules (tenant_id, client_profile_id, platform, metric);

        CREATE TABLE alerts (
            id uuid NOT NULL,
            tenant_id uuid NOT NULL,
            client_profile_id uuid NOT NULL,
            kind varchar(32) NOT NULL,
            severity varchar(32) NOT NULL,
            message text NOT NULL,
            dedupe_key varchar(400) NOT NULL,
            platform varchar(100) NULL,
            metric varchar(100) NULL,
            day date NULL,
            value double precision NULL,
            expected double precision NULL,
            source_id uuid NULL,
            raised_at timestamptz NOT NULL,
            acknowledged_at timestamptz NULL,
            acknowledged_by varchar(200) NULL,
            CONSTRAINT pk_alerts PRIMARY KEY (id)
        );
        CREATE UNIQUE INDEX ux_alerts_dedupe_key ON alerts (tenant_id, dedupe_key);
        CREATE INDEX ix_alerts_profile_raised ON alerts (tenant_id, client_profile_id, raised_at);
        """);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        DROP TABLE alerts;
        DROP TABLE alert_rules;
        """);
}
