using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace AdFlux.ServiceDefaults.Auth;

/// <summary>Identity's published keys, read from <c>{services:identity:http:0}/.well-known/jwks.json</c>.</summary>
public sealed class JwksSigningKeySource(
    IHttpClientFactory httpClients,
    IOptions<AuthOptions> options,
    TimeProvider clock,
    ILogger<JwksSigningKeySource> logger) : CachingSigningKeySource(options.Value, clock, logger)
{
    public const string Path = "/.well-known/jwks.json";

    protected override async Task<IReadOnlyList<SecurityKey>> LoadAsync(CancellationToken cancellationToken)
    {
        using var client = httpClients.CreateClient(IdentityClient.Name);
        var json = await client.GetStringAsync(Path, cancellationToken);
        var keys = new JsonWebKeySet(json).GetSigningKeys().ToList();
        logger.LogInformation("Loaded {Count} signing keys from identity: {KeyIds}", keys.Count, string.Join(", ", keys.Select(key => key.KeyId)));
        return keys;
    }
}
