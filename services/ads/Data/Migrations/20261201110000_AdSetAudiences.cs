using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AdFlux.Ads.Data.Migrations;

/// <summary>An ad set may target a candidate segment's Meta custom audience.</summary>
[DbContext(typeof(AdsDbContext))]
[Migration("20261201110000_AdSetAudiences")]
public sealed class AdSetAudiences : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        ALTER TABLE ad_sets
            ADD COLUMN audience_segment_id uuid,
            ADD COLUMN custom_audience_id character varying(64);
        """);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("ALTER TABLE ad_sets DROP COLUMN audience_segment_id, DROP COLUMN custom_audience_id;");
}
