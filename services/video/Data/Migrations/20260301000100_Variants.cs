using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AdFlux.Video.Data.Migrations;

/// <summary>Platform variants of clips, job parameters (a render's formats and fit), publications and platform rules.</summary>
[DbContext(typeof(VideoDbContext))]
[Migration("20260301000100_Variants")]
public sealed class Variants : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        CREATE TABLE variants (
            id uuid NOT NULL,
            tenant_id uuid NOT NULL,
            clip_id uuid NOT NULL,
            video_id uuid NOT NULL,
            job_id uuid NOT NULL,
            format character varying(10) NOT NULL,
            width integer NOT NULL,
            height integer NOT NULL,
            duration_seconds double precision NOT NULL,
            reframe character varying(20) NOT NULL,
            storage_key character varying(300) NOT NULL,
            size_bytes bigint NOT NULL,
            created_at timestamp with time zone NOT NULL,
            CONSTRAINT pk_variants PRIMARY KEY (id)
        );
        CREATE UNIQUE INDEX ix_variants_clip_id_format ON variants (clip_id, format);
        CREATE INDEX ix_variants_tenant_id_created_at ON variants (tenant_id, created_at);
        ALTER TABLE video_jobs ADD COLUMN parameters character varying(200) NULL;

        CREATE TABLE publications (
            id uuid NOT NULL,
            tenant_id uuid NOT NULL,
            variant_id uuid NOT NULL,
            platform character varying(40) NOT NULL,
            external_id character varying(200) NOT NULL,
            url character varying(2000) NULL,
            published_at timestamp with time zone NOT NULL,
            created_at timestamp with time zone NOT NULL,
            CONSTRAINT pk_publications PRIMARY KEY (id)
        );
        CREATE UNIQUE INDEX ix_publications_tenant_id_platform_external_id ON publications (tenant_id, platform, external_id);
        CREATE INDEX ix_publications_variant_id ON publications (variant_id);

        CREATE TABLE platform_rules (
            id uuid NOT NULL,
            tenant_id uuid NOT NULL,
            platform character varying(40) NOT NULL,
            clip_seconds integer[] NOT NULL,
            max_clips integer NOT NULL,
            format character varying(10) NOT NULL,
            updated_at timestamp with time zone NOT NULL,
            CONSTRAINT pk_platform_rules PRIMARY KEY (id)
        );
        CREATE UNIQUE INDEX ix_platform_rules_tenant_id_platform ON platform_rules (tenant_id, platform);
        """);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("DROP TABLE platform_rules; DROP TABLE publications; DROP TABLE variants; ALTER TABLE video_jobs DROP COLUMN parameters;");
}
