using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AdFlux.MlDetection.Data.Migrations;

/// <summary>ml_images: analysed uploads and sampled frames, so a request can name an image by id instead of uploading it again.</summary>
[DbContext(typeof(MlDetectionDbContext))]
[Migration("20260401000000_MlImages")]
public sealed class MlImages : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        CREATE TABLE ml_images (
            id uuid CONSTRAINT pk_ml_images PRIMARY KEY,
            tenant_id uuid NOT NULL,
            source character varying(20) NOT NULL,
            storage_key character varying(500) NOT NULL,
            video_id uuid NULL,
            at_seconds double precision NULL,
            created_at timestamp with time zone NOT NULL
        );
        CREATE INDEX ix_ml_images_tenant_id_created_at ON ml_images (tenant_id, created_at);
        """);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("DROP TABLE ml_images;");
}
