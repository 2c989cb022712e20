using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AdFlux.Insights.Data.Migrations;

/// <summary>External calls per tenant, provider, operation and UTC day, and each tenant's monthly usage budget.</summary>
[DbContext(typeof(InsightsDbContext))]
[Migration("20261201000400_ApiUsage")]
public sealed class ApiUsage : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        CREATE TABLE api_usage_days (
            tenant_id uuid NOT NULL,
            day date NOT NULL,
            provider varchar(100) NOT NULL,
            operation varchar(200) NOT NULL,
            calls bigint NOT NULL,
            failures bigint NOT NULL,
            latency_sum_ms bigint NOT NULL,
            latency_max_ms integer NOT NULL,
            input_tokens bigint NOT NULL,
            output_tokens bigint NOT NULL,
            cost_micros bigint NOT NULL,
            currency varchar(3) NULL,
            unpriced_calls bigint NOT NULL,
            CONSTRAINT pk_api_usage_days PRIMARY KEY (tenant_id, day, provider, operation)
        );

        CREATE TABLE usage_budgets (
            tenant_id uuid NOT NULL,
            amount numeric(18,4) NOT NULL,
            currency varchar(3) NOT NULL,
            hard_stop boolean NOT NULL,
            exhausted_month varchar(7) NULL,
            updated_at timestamptz NOT NULL,
            CONSTRAINT pk_usage_budgets PRIMARY KEY (tenant_id)
        );
        """);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        DROP TABLE usage_budgets;
        DROP TABLE api_usage_days;
        """);
}
