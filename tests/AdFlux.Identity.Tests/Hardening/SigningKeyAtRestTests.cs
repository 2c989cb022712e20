using System.Security.Cryptography;
using Npgsql;

namespace AdFlux.Identity.Tests.Hardening;

[Collection(IdentityCollection.Name)]
public sealed class SigningKeyAtRestTests(IdentityWorld world)
{
    [Fact]
    public async Task Signing_keys_are_not_stored_in_the_clear()
    {
        await using var connection = new NpgsqlConnection(world.Resources.DatabaseConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT id, private_key FROM signing_keys", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = 0;
        while (await reader.ReadAsync())
        {
            rows++;
            var stored = (byte[])reader["private_key"];
            using var rsa = RSA.Create();
            Assert.ThrowsAny<CryptographicException>(() => rsa.ImportPkcs8PrivateKey(stored, out _));
        }
        Assert.True(rows > 0);
    }
}
