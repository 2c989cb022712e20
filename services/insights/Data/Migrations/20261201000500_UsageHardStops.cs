using AdFlux.ServiceDefaults.Usage;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AdFlux.Insights.Data.Migrations;

/// <summary>The tenants whose chat-model calls are refused: usage budget exhausted with a hard stop.</summary>
[DbContext(typeof(InsightsDbContext))]
[Migration("20261201000500_UsageHardStops")]
public sealed class UsageHardStops : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.CreateUsageHardStopsTable();

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropUsageHardStopsTable();
}
