using AdFlux.ServiceDefaults.Data;

namespace AdFlux.ServiceDefaults.Tests;

public sealed class SnakeCaseNamingTests
{
    [Theory]
    [InlineData("TenantId", "tenant_id")]
    [InlineData("LedgerEvents", "ledger_events")]
    [InlineData("PK_LedgerEvents", "pk_ledger_events")]
    [InlineData("IX_Users_TenantId_Email", "ix_users_tenant_id_email")]
    [InlineData("HTTPRequest", "http_request")]
    [InlineData("Sha256Hash", "sha256_hash")]
    [InlineData("already_snake", "already_snake")]
    public void Names_become_snake_case(string name, string expected) =>
        Assert.Equal(expected, SnakeCaseNaming.ToSnakeCase(name));
}
