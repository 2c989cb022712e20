using System.Security.Claims;
using AdFlux.ServiceDefaults.Auth;
using AdFlux.Testing.Auth;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace AdFlux.ServiceDefaults.Tests;

/// <summary>A token accepted once is remembered; what is remembered must never outlive the token or its key.</summary>
public sealed class AccessTokenValidatorTests
{
    private const string Scheme = "Bearer";
    private static readonly DateTimeOffset IssuedAt = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    private readonly SettableClock _clock = new(IssuedAt);
    private readonly SwitchableKeys _keys = new();
    private readonly AccessTokenValidator _validator;
    private readonly string _token = new TestTokenBuilder(Guid.NewGuid(), Guid.NewGuid()).IssuedAt(IssuedAt).ValidFor(TimeSpan.FromMinutes(10)).Build();

    public AccessTokenValidatorTests() => _validator = new AccessTokenValidator(_keys, Options.Create(new AuthOptions()), _clock);

    [Fact]
    public async Task A_token_accepted_before_is_refused_once_it_expires()
    {
        Assert.NotNull((await ValidateAsync(_token)).Identity);

        _clock.Now = IssuedAt + TimeSpan.FromMinutes(11);
        var (identity, failure) = await ValidateAsync(_token);

        Assert.Null(identity);
        Assert.Equal("The access token has expired.", failure);
    }

    [Fact]
    public async Task A_token_accepted_before_is_refused_once_its_key_is_no_longer_trusted()
    {
        Assert.NotNull((await ValidateAsync(_token)).Identity);

        _keys.Trusted = [];
        var (identity, failure) = await ValidateAsync(_token);

        Assert.Null(identity);
        Assert.Equal("The access token's signature is not valid.", failure);
    }

    [Fact]
    public async Task A_forged_token_under_the_same_key_id_is_refused_after_the_genuine_one_was_accepted()
    {
        Assert.NotNull((await ValidateAsync(_token)).Identity);
        var forged = new TestTokenBuilder(Guid.NewGuid(), Guid.NewGuid()).IssuedAt(IssuedAt).Forged().Build();

        var (identity, _) = await ValidateAsync(forged);

        Assert.Null(identity);
    }

    [Fact]
    public async Task Each_request_gets_its_own_identity_so_claims_added_by_one_do_not_leak_into_the_next()
    {
        var first = (await ValidateAsync(_token)).Identity!;
        first.AddClaim(new Claim("added-by-first-request", "x"));

        var second = (await ValidateAsync(_token)).Identity!;
        var third = (await ValidateAsync(_token)).Identity!;
        second.AddClaim(new Claim("added-by-second-request", "x"));

        Assert.Null(third.FindFirst("added-by-first-request"));
        Assert.Null(third.FindFirst("added-by-second-request"));
        Assert.Equal(first.FindFirst(AdFluxClaims.TenantId)!.Value, third.FindFirst(AdFluxClaims.TenantId)!.Value);
    }

    private Task<(ClaimsIdentity? Identity, string? Failure)> ValidateAsync(string token) =>
        _validator.ValidateAsync(token, Scheme, CancellationToken.None);

    private sealed class SettableClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private sealed class SwitchableKeys : ISigningKeySource
    {
        public IReadOnlyList<SecurityKey> Trusted { get; set; } = [TestSigningKey.Trusted];

        public ValueTask<IReadOnlyList<SecurityKey>> GetKeysAsync(string? keyId, CancellationToken cancellationToken) => ValueTask.FromResult(Trusted);
    }
}
