using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AdFlux.Ads.Data.Migrations;

/// <summary>The brand's checkable tone rules, and each content request's copy history with tokens, cost and provider.</summary>
[DbContext(typeof(AdsDbContext))]
[Migration("20261130040000_StudioCopyHistory")]
public sealed class StudioCopyHistory : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        ALTER TABLE brand_profiles ADD COLUMN tone_rules jsonb NOT NULL DEFAULT '{}';
        ALTER TABLE brand_profiles ALTER COLUMN tone_rules DROP DEFAULT;
        CREATE TABLE studio_copies (
            id uuid NOT NULL,
            tenant_id uuid NOT NULL,
            client_profile_id uuid NOT NULL,
            content_request_id uuid NOT NULL,
            language character varying(16) NOT NULL,
            provider character varying(200) NOT NULL,
            model character varying(200) NOT NULL,
            is_sandbox boolean NOT NULL,
            platforms jsonb NOT NULL,
            flagged boolean NOT NULL,
            input_tokens bigint NOT NULL,
            output_tokens bigint NOT NULL,
            cost numeric(18,6),
            currency character varying(3),
            cost_note character varying(500),
            requested_by uuid NOT NULL,
            created_at timestamp with time zone NOT NULL,
            CONSTRAINT pk_studio_copies PRIMARY KEY (id),
            CONSTRAINT fk_studio_copies_content_requests_content_request_id FOREIGN KEY (content_request_id) REFERENCES content_requests (id) ON DELETE CASCADE
        );
        CREATE INDEX ix_studio_copies_content_request_id_created_at ON studio_copies (content_request_id, created_at);
        """);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        DROP TABLE studio_copies;
        ALTER TABLE brand_profiles DROP COLUMN tone_rules;
        """);
}
