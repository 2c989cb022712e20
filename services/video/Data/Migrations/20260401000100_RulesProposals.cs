using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AdFlux.Video.Data.Migrations;

/// <summary>How each clip starts, the latest metrics of each publication, and the rules proposals made from them.</summary>
[DbContext(typeof(VideoDbContext))]
[Migration("20260401000100_RulesProposals")]
public sealed class RulesProposals : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        ALTER TABLE clips ADD COLUMN start_type character varying(20) NOT NULL DEFAULT 'other';
        ALTER TABLE clips ALTER COLUMN start_type DROP DEFAULT;

        CREATE TABLE publication_metrics (
            id uuid NOT NULL,
            tenant_id uuid NOT NULL,
            publication_id uuid NOT NULL,
            views double precision NOT NULL,
            engagements double precision NOT NULL,
            observed_at timestamp with time zone NOT NULL,
            updated_at timestamp with time zone NOT NULL,
            CONSTRAINT pk_publication_metrics PRIMARY KEY (id)
        );
        CREATE UNIQUE INDEX ix_publication_metrics_publication_id ON publication_metrics (publication_id);

        CREATE TABLE rules_proposals (
            id uuid NOT NULL,
            tenant_id uuid NOT NULL,
            platform character varying(40) NOT NULL,
            rules_json text NOT NULL,
            rankings_json text NOT NULL,
            reason character varying(2000) NOT NULL,
            sample_size integer NOT NULL,
            created_at timestamp with time zone NOT NULL,
            CONSTRAINT pk_rules_proposals PRIMARY KEY (id)
        );
        CREATE INDEX ix_rules_proposals_tenant_id_platform_created_at ON rules_proposals (tenant_id, platform, created_at);
        """);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("DROP TABLE rules_proposals; DROP TABLE publication_metrics; ALTER TABLE clips DROP COLUMN start_type;");
}
