using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AdFlux.Ads.Data.Migrations;

/// <summary>The escalation worker's lease on a content request, so an overdue step is escalated once across instances.</summary>
[DbContext(typeof(AdsDbContext))]
[Migration("20261130060000_StudioEscalation")]
public sealed class StudioEscalation : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        ALTER TABLE content_requests
            ADD COLUMN escalation_lease_owner character varying(100),
            ADD COLUMN escalation_lease_expires_at timestamp with time zone;
        """);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        ALTER TABLE content_requests DROP COLUMN escalation_lease_owner, DROP COLUMN escalation_lease_expires_at;
        """);
}
