using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AdFlux.Ingest.Data.Migrations;

/// <summary>YouTube and Spotify sources with their credentials, pull schedules, the figures pulls emitted (for restatements), and refused Sheets keys.</summary>
[DbContext(typeof(IngestDbContext))]
[Migration("20261130000000_Pulls")]
public sealed class Pulls : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        ALTER TABLE sheets_sources ADD credential_refused_at timestamptz NULL;
        ALTER TABLE sheets_sources ADD credential_error varchar(2000) NULL;

        CREATE TABLE platform_sources (
            id uuid NOT NULL,
            tenant_id uuid NOT NULL,
            client_profile_id uuid NOT NULL,
            platform varchar(20) NOT NULL,
            entity_ids text[] NOT NULL,
            video_ids text[] NOT NULL,
            credential bytea NOT NULL,
            credential_refused_at timestamptz NULL,
            credential_error varchar(2000) NULL,
            last_pull_at timestamptz NULL,
            last_outcome varchar(30) NULL,
            last_error varchar(2000) NULL,
            created_at timestamptz NOT NULL,
            CONSTRAINT pk_platform_sources PRIMARY KEY (id)
        );
        CREATE INDEX ix_platform_sources_tenant_id_client_profile_id ON platform_sources (tenant_id, client_profile_id);

        CREATE TABLE pull_schedules (
            id uuid NOT NULL,
            tenant_id uuid NOT NULL,
            client_profile_id uuid NOT NULL,
            source varchar(20) NOT NULL,
            source_id uuid NOT NULL,
            cron varchar(100) NOT NULL,
            time_zone varchar(100) NOT NULL,
            enabled boolean NOT NULL,
            next_run_at timestamptz NULL,
            last_run_at timestamptz NULL,
            last_outcome varchar(30) NULL,
            last_error varchar(2000) NULL,
            consecutive_failures integer NOT NULL,
            lease_owner varchar(100) NULL,
            lease_expires_at timestamptz NULL,
            created_at timestamptz NOT NULL,
            updated_at timestamptz NOT NULL,
            CONSTRAINT pk_pull_schedules PRIMARY KEY (id)
        );
        CREATE UNIQUE INDEX ix_pull_schedules_tenant_id_source_id ON pull_schedules (tenant_id, source_id);
        CREATE INDEX ix_pull_schedules_next_run_at ON pull_schedules (next_run_at);

        CREATE TABLE pulled_figures (
            tenant_id uuid NOT NULL,
            source_id uuid NOT NULL,
            entity_type varchar(20) NOT NULL,
            entity_id varchar(200) NOT NULL,
            metric varchar(100) NOT NULL,
            day date NOT NULL,
            value double precision NOT NULL,
            pulled_at timestamptz NOT NULL,
            CONSTRAINT pk_pulled_figures PRIMARY KEY (tenant_id, source_id, entity_type, entity_id, metric, day)
        );
        """);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        DROP TABLE pulled_figures;
        DROP TABLE pull_schedules;
        DROP TABLE platform_sources;
        ALTER TABLE sheets_sources DROP COLUMN credential_error;
        ALTER TABLE sheets_sources DROP COLUMN credential_refused_at;
        """);
}
