using Microsoft.EntityFrameworkCore.Migrations;

namespace AdFlux.ServiceDefaults.Usage;

/// <summary>The DDL of <see cref="UsageHardStopsConfiguration"/>, shared by the migrations of every service that opts in.</summary>
public static class UsageHardStopMigrations
{
    public static void CreateUsageHardStopsTable(this MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        CREATE TABLE usage_hard_stops (
            tenant_id uuid NOT NULL,
            month varchar(7) NOT NULL,
            budget numeric(18,4) NOT NULL,
            currency varchar(3) NOT NULL,
            until timestamptz NOT NULL,
            updated_at timestamptz NOT NULL,
            CONSTRAINT pk_usage_hard_stops PRIMARY KEY (tenant_id)
        );
        """);

    public static void DropUsageHardStopsTable(this MigrationBuilder migrationBuilder) => migrationBuilder.Sql("DROP TABLE usage_hard_stops;");
}
