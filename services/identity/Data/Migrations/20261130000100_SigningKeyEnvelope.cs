using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AdFlux.Identity.Data.Migrations;

/// <summary>Which envelope key sealed each signing key; existing plaintext rows are sealed by identity at its next start.</summary>
[DbContext(typeof(IdentityDbContext))]
[Migration("20261130000100_SigningKeyEnvelope")]
public sealed class SigningKeyEnvelope : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("ALTER TABLE signing_keys ADD COLUMN envelope_key_id varchar(16) NULL;");

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("ALTER TABLE signing_keys DROP COLUMN envelope_key_id;");
}
