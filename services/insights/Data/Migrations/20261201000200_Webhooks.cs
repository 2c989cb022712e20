using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AdFlux.Insights.Data.Migrations;

/// <summary>Outbound webhooks: the tenants' endpoints, one delivery per event and endpoint, and every attempt.</summary>
[DbContext(typeof(InsightsDbContext))]
[Migration("20261201000200_Webhooks")]
public sealed class Webhooks : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        CREATE TABLE webhook_endpoints (
            id uuid NOT NULL,
            tenant_id uuid NOT NULL,
            url varchar(2000) NOT NULL,
            description varchar(200) NULL,
            event_types text[] NOT NULL,
            secret varchar(200) NOT NULL,
            enabled boolean NOT NULL,
            failing_since timestamptz NULL,
            disabled_at timestamptz NULL,
            disabled_reason varchar(2000) NULL,
            created_at timestamptz NOT NULL,
            updated_at timestamptz NOT NULL,
            CONSTRAINT pk_webhook_endpoints PRIMARY KEY (id)
        );
        CREATE INDEX ix_webhook_endpoints_tenant_created ON webhook_endpoints (tenant_id, created_at);

        CREATE TABLE webhook_deliveries (
            id uuid NOT NULL,
            tenant_id uuid NOT NULL,
            endpoint_id uuid NOT NULL,
            event_id uuid NOT NULL,
            event_type varchar(200) NOT NULL,
            payload text NOT NULL,
            status varchar(32) NOT NULL,
            retry_step integer NOT NULL,
            attempts integer NOT NULL,
            next_run_at timestamptz NOT NULL,
            lease_owner varchar(200) NULL,
            lease_expires_at timestamptz NULL,
            last_attempt_at timestamptz NULL,
            last_status_code integer NULL,
            last_error text NULL,
            delivered_at timestamptz NULL,
            created_at timestamptz NOT NULL,
            CONSTRAINT pk_webhook_deliveries PRIMARY KEY (id),
            CONSTRAINT fk_webhook_deliveries_webhook_endpoints_endpoint_id FOREIGN KEY (endpoint_id) REFERENCES webhook_endpoints (id) ON DELETE CASCADE
        );
        CREATE UNIQUE INDEX ux_webhook_deliveries_endpoint_event ON webhook_deliveries (endpoint_id, event_id);
        CREATE INDEX ix_webhook_deliveries_next_run_at ON webhook_deliveries (next_run_at);
        CREATE INDEX ix_webhook_deliveries_endpoint_created ON webhook_deliveries (endpoint_id, created_at);

        CREATE TABLE webhook_attempts (
            id uuid NOT NULL,
            tenant_id uuid NOT NULL,
            delivery_id uuid NOT NULL,
            attempted_at timestamptz NOT NULL,
            status_code integer NULL,
            succeeded boolean NOT NULL,
            error varchar(2000) NULL,
            duration_ms integer NOT NULL,
            replay boolean NOT NULL,
            CONSTRAINT pk_webhook_attempts PRIMARY KEY (id),
            CONSTRAINT fk_webhook_attempts_webhook_deliveries_delivery_id FOREIGN KEY (delivery_id) REFERENCES webhook_deliveries (id) ON DELETE CASCADE
        );
        CREATE INDEX ix_webhook_attempts_delivery_attempted ON webhook_attempts (delivery_id, attempted_at);
        """);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        DROP TABLE webhook_attempts;
        DROP TABLE webhook_deliveries;
        DROP TABLE webhook_endpoints;
        """);
}
