using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AdFlux.Ads.Data.Migrations;

/// <summary>A candidate segment's Meta custom audience and how far its upload got.</summary>
[DbContext(typeof(AdsDbContext))]
[Migration("20261201100000_SegmentAudiences")]
public sealed class SegmentAudiences : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        ALTER TABLE candidate_segments
            ADD COLUMN meta_audience_id character varying(64),
            ADD COLUMN audience_status character varying(20),
            ADD COLUMN audience_rows integer NOT NULL DEFAULT 0,
            ADD COLUMN audience_uploaded_at timestamp with time zone;
        ALTER TABLE candidate_segments ALTER COLUMN audience_rows DROP DEFAULT;
        """);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        ALTER TABLE candidate_segments DROP COLUMN meta_audience_id, DROP COLUMN audience_status, DROP COLUMN audience_rows, DROP COLUMN audience_uploaded_at;
        """);
}
