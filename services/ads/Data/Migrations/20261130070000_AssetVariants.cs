using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AdFlux.Ads.Data.Migrations;

/// <summary>Stored assets' platform variants, with the crop each shows and whether ml-detection's regions steered it.</summary>
[DbContext(typeof(AdsDbContext))]
[Migration("20261130070000_AssetVariants")]
public sealed class AssetVariants : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        CREATE TABLE studio_asset_variants (
            id uuid NOT NULL,
            tenant_id uuid NOT NULL,
            client_profile_id uuid NOT NULL,
            asset_id uuid NOT NULL,
            format character varying(20) NOT NULL,
            width integer NOT NULL,
            height integer NOT NULL,
            crop_x integer NOT NULL,
            crop_y integer NOT NULL,
            crop_width integer NOT NULL,
            crop_height integer NOT NULL,
            crop_strategy character varying(40) NOT NULL,
            regions_inside boolean NOT NULL,
            scale_factor double precision NOT NULL,
            upscaled boolean NOT NULL,
            regions_available boolean NOT NULL,
            region_count integer NOT NULL,
            content bytea NOT NULL,
            created_at timestamp with time zone NOT NULL,
            CONSTRAINT pk_studio_asset_variants PRIMARY KEY (id),
            CONSTRAINT fk_studio_asset_variants_studio_assets_asset_id FOREIGN KEY (asset_id) REFERENCES studio_assets (id) ON DELETE CASCADE
        );
        CREATE UNIQUE INDEX ix_studio_asset_variants_asset_id_format ON studio_asset_variants (asset_id, format);
        """);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("DROP TABLE studio_asset_variants;");
}
