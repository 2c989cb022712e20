using AdFlux.ServiceDefaults.Auth;
using AdFlux.Testing.Auth;
using Microsoft.IdentityModel.Tokens;

namespace AdFlux.WebhookIngest.Benchmark;

/// <summary>The gateway, ingest and the ledger trust AdFlux.Testing's key alone: no identity runs, the benchmark mints the admin token.</summary>
public sealed class TestKeyOnly : ISigningKeySource
{
    public ValueTask<IReadOnlyList<SecurityKey>> GetKeysAsync(string? keyId, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<SecurityKey>>([TestSigningKey.Trusted]);
}
