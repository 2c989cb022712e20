using AdFlux.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AdFlux.Video.Data.Migrations;

/// <summary>The transactional outbox and the consumer inbox every service database has.</summary>
[DbContext(typeof(VideoDbContext))]
[Migration("20260101000000_OutboxInbox")]
public sealed class OutboxInbox : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.CreateOutboxAndInboxTables();

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropOutboxAndInboxTables();
}
