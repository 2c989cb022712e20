using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AdFlux.Identity.Data.Migrations;

/// <summary>
/// Deactivation and token versions on users; emails unique per tenant instead of globally;
/// tenant names unique; API keys limited to client profiles.
/// </summary>
[DbContext(typeof(IdentityDbContext))]
[Migration("20261130000000_UserLifecycle")]
public sealed class UserLifecycle : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            ALTER TABLE users
                ADD COLUMN deactivated_at timestamptz NULL,
                ADD COLUMN security_version integer NOT NULL DEFAULT 0;
            DROP INDEX ix_users_tenant_id;
            DROP INDEX ix_users_normalized_email;
            CREATE UNIQUE INDEX ix_users_tenant_id_normalized_email ON users (tenant_id, normalized_email);
            CREATE INDEX ix_users_normalized_email ON users (normalized_email);

            CREATE UNIQUE INDEX ix_tenants_name ON tenants (name);

            ALTER TABLE api_keys ADD COLUMN client_profile_ids uuid[] NOT NULL DEFAULT '{}';
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            ALTER TABLE api_keys DROP COLUMN client_profile_ids;
            DROP INDEX ix_tenants_name;
            DROP INDEX ix_users_normalized_email;
            DROP INDEX ix_users_tenant_id_normalized_email;
            CREATE UNIQUE INDEX ix_users_normalized_email ON users (normalized_email);
            CREATE INDEX ix_users_tenant_id ON users (tenant_id);
            ALTER TABLE users DROP COLUMN security_version, DROP COLUMN deactivated_at;
            """);
    }
}
