using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AdFlux.Insights.Data.Migrations;

/// <summary>Daily report schedules per client profile and the append-only reports.</summary>
[DbContext(typeof(InsightsDbContext))]
[Migration("20261201000100_DailyReports")]
public sealed class DailyReports : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        CREATE TABLE report_schedules (
            tenant_id uuid NOT NULL,
            client_profile_id uuid NOT NULL,
            time_zone varchar(200) NOT NULL,
            local_time time NOT NULL,
            enabled boolean NOT NULL,
            next_run_at timestamptz NOT NULL,
            lease_owner varchar(200) NULL,
            lease_expires_at timestamptz NULL,
            analyzed_through timestamptz NULL,
            last_run_at timestamptz NULL,
            last_outcome varchar(32) NULL,
            last_error text NULL,
            updated_at timestamptz NOT NULL,
            CONSTRAINT pk_report_schedules PRIMARY KEY (tenant_id, client_profile_id)
        );
        CREATE INDEX ix_report_schedules_next_run_at ON report_schedules (next_run_at);

        CREATE TABLE insight_reports (
            id uuid NOT NULL,
            tenant_id uuid NOT NULL,
            client_profile_id uuid NOT NULL,
            created_at timestamptz NOT NULL,
            analyzed_after timestamptz NULL,
            analyzed_through timestamptz NOT NULL,
            posts_analyzed integer NOT NULL,
            comments_analyzed integer NOT NULL,
            provider_name varchar(200) NOT NULL,
            provider_model varchar(200) NOT NULL,
            provider_is_sandbox boolean NOT NULL,
            input_tokens bigint NOT NULL,
            output_tokens bigint NOT NULL,
            cost numeric(18,6) NULL,
            currency varchar(32) NULL,
            modules jsonb NOT NULL,
            CONSTRAINT pk_insight_reports PRIMARY KEY (id)
        );
        CREATE INDEX ix_insight_reports_profile_created ON insight_reports (tenant_id, client_profile_id, created_at);

        -- Reports are appended, never rewritten: yesterday's reading stays what it was.
        CREATE FUNCTION insight_reports_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'insight_reports is append-only: a report is never changed';
        END $$;
        CREATE TRIGGER insight_reports_no_update BEFORE UPDATE ON insight_reports
            FOR EACH ROW EXECUTE FUNCTION insight_reports_append_only();
        """);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        DROP TABLE insight_reports;
        DROP FUNCTION insight_reports_append_only();
        DROP TABLE report_schedules;
        """);
}
