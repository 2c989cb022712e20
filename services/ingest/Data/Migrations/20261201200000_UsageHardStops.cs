using AdFlux.ServiceDefaults.Usage;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AdFlux.Ingest.Data.Migrations;

/// <summary>The tenants whose provider calls are refused: usage budget exhausted with a hard stop (insights' UsageBudgetExhausted).</summary>
[DbContext(typeof(IngestDbContext))]
[Migration("20261201200000_UsageHardStops")]
public sealed class UsageHardStops : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.CreateUsageHardStopsTable();

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropUsageHardStopsTable();
}
