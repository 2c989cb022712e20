using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AdFlux.Ads.Data.Migrations;

/// <summary>Where an asset came from, and a Freepik image's licence and attribution beside it.</summary>
[DbContext(typeof(AdsDbContext))]
[Migration("20261130050000_StockAssets")]
public sealed class StockAssets : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        ALTER TABLE studio_assets ADD COLUMN source character varying(20) NOT NULL DEFAULT 'upload';
        ALTER TABLE studio_assets ALTER COLUMN source DROP DEFAULT;
        ALTER TABLE studio_assets
            ADD COLUMN stock_source_id bigint,
            ADD COLUMN stock_page_url character varying(1000),
            ADD COLUMN stock_licence_type character varying(40),
            ADD COLUMN stock_licence_url character varying(1000),
            ADD COLUMN stock_author_id bigint,
            ADD COLUMN stock_author_name character varying(200),
            ADD COLUMN stock_requires_attribution boolean,
            ADD COLUMN stock_attribution character varying(1500);
        """);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        ALTER TABLE studio_assets
            DROP COLUMN source,
            DROP COLUMN stock_source_id,
            DROP COLUMN stock_page_url,
            DROP COLUMN stock_licence_type,
            DROP COLUMN stock_licence_url,
            DROP COLUMN stock_author_id,
            DROP COLUMN stock_author_name,
            DROP COLUMN stock_requires_attribution,
            DROP COLUMN stock_attribution;
        """);
}
