using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AdFlux.Ads.Data.Migrations;

/// <summary>A content request's video clip, and the variants video rendered of it (from <c>VariantRendered</c>).</summary>
[DbContext(typeof(AdsDbContext))]
[Migration("20261130080000_VideoVariants")]
public sealed class VideoVariants : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        ALTER TABLE content_requests ADD COLUMN clip_id uuid;
        CREATE INDEX ix_content_requests_tenant_id_clip_id ON content_requests (tenant_id, clip_id);
        CREATE TABLE studio_video_variants (
            id uuid NOT NULL,
            tenant_id uuid NOT NULL,
            client_profile_id uuid NOT NULL,
            content_request_id uuid NOT NULL,
            variant_id uuid NOT NULL,
            clip_id uuid NOT NULL,
            platform character varying(40) NOT NULL,
            width integer NOT NULL,
            height integer NOT NULL,
            duration_seconds double precision NOT NULL,
            rendered_at timestamp with time zone NOT NULL,
            received_at timestamp with time zone NOT NULL,
            CONSTRAINT pk_studio_video_variants PRIMARY KEY (id),
            CONSTRAINT fk_studio_video_variants_content_requests_content_request_id FOREIGN KEY (content_request_id) REFERENCES content_requests (id) ON DELETE CASCADE
        );
        CREATE UNIQUE INDEX ix_studio_video_variants_content_request_id_variant_id ON studio_video_variants (content_request_id, variant_id);
        """);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        DROP TABLE studio_video_variants;
        DROP INDEX ix_content_requests_tenant_id_clip_id;
        ALTER TABLE content_requests DROP COLUMN clip_id;
        """);
}
