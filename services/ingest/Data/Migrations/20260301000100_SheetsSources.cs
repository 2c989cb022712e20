using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AdFlux.Ingest.Data.Migrations;

/// <summary>Google Sheets sources of client profiles (seed 004 §2.3) and their incremental-pull watermarks.</summary>
[DbContext(typeof(IngestDbContext))]
[Migration("20260301000100_SheetsSources")]
public sealed class SheetsSources : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        CREATE TABLE sheets_sources (
            id uuid NOT NULL,
            tenant_id uuid NOT NULL,
            client_profile_id uuid NOT NULL,
            spreadsheet_id varchar(200) NOT NULL,
            credential bytea NOT NULL,
            posts_watermark timestamptz NULL,
            posts_at_watermark text[] NOT NULL,
            comments_watermark timestamptz NULL,
            last_pull_at timestamptz NULL,
            last_outcome varchar(30) NULL,
            last_error varchar(2000) NULL,
            last_row_errors jsonb NOT NULL,
            created_at timestamptz NOT NULL,
            CONSTRAINT pk_sheets_sources PRIMARY KEY (id)
        );
        CREATE UNIQUE INDEX ix_sheets_sources_tenant_id_client_profile_id_spreadsheet_id ON sheets_sources (tenant_id, client_profile_id, spreadsheet_id);
        """);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("DROP TABLE sheets_sources;");
}
