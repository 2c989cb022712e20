using System.Security.Cryptography;
using AdFlux.Identity.Data;
using AdFlux.Identity.Domain;
using AdFlux.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace AdFlux.Identity.Tokens;

/// <summary>
/// Identity's signing keys, read from its database: the newest unretired key signs; every key
/// whose tokens may still be alive is published and trusted. It is identity's
/// <see cref="ISigningKeySource"/>, so identity validates with its own keys, no HTTP.
/// </summary>
public sealed class SigningKeyRing(
    IServiceScopeFactory scopes,
    SigningKeyProtector protector,
    IOptions<AuthOptions> authOptions,
    IOptions<IdentityServiceOptions> identityOptions,
    TimeProvider clock,
    ILogger<SigningKeyRing> logger) : CachingSigningKeySource(authOptions.Value, clock, logger)
{
    private volatile RsaSecurityKey? _active;

    /// <summary>The credentials new tokens are signed with; creates the first key if there is none.</summary>
    public async Task<SigningCredentials> GetSigningCredentialsAsync(CancellationToken cancellationToken)
    {
        await GetKeysAsync(null, cancellationToken);
        if (_active is null)
        {
            await CreateKeyAsync(retireCurrent: false, cancellationToken);
        }
        return new SigningCredentials(_active ?? throw new InvalidOperationException("No signing key could be loaded."), AccessTokenValidator.Algorithm);
    }

    /// <summary>A new key signs from now on; the previous one stays published until its tokens have expired.</summary>
    public Task RotateAsync(CancellationToken cancellationToken) => CreateKeyAsync(retireCurrent: true, cancellationToken);

    /// <summary>When the active key was created, or null if there is none.</summary>
    public async Task<DateTimeOffset?> ActiveKeyCreatedAtAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        return await db.SigningKeys.Where(key => key.RetiredAt == null).Select(key => (DateTimeOffset?)key.CreatedAt).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Seals rows written before keys were encrypted at rest; run once at start, harmless to repeat.</summary>
    public async Task SealLegacyKeysAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var legacy = await db.SigningKeys.Where(key => key.EnvelopeKeyId == null).ToListAsync(cancellationToken);
        foreach (var key in legacy)
        {
            key.PrivateKey = protector.Protect(key.Id, key.PrivateKey);
            key.EnvelopeKeyId = protector.KeyId;
        }
        if (legacy.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Encrypted {Count} signing key(s) stored in the clear", legacy.Count);
        }
    }

    protected override async Task<IReadOnlyList<SecurityKey>> LoadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        // A token signed just before retirement lives one lifetime longer, plus the skew services
        // allow, plus the time another identity replica may take to notice the rotation.
        var settings = authOptions.Value;
        var publishedSince = Clock.GetUtcNow() - identityOptions.Value.AccessTokenLifetime - settings.ClockSkew - settings.KeyRefreshInterval;
        var rows = await db.SigningKeys.AsNoTracking()
            .Where(key => key.RetiredAt == null || key.RetiredAt > publishedSince)
            .OrderBy(key => key.RetiredAt != null)
            .ThenByDescending(key => key.CreatedAt)
            .ToListAsync(cancellationToken);
        var keys = rows.Select(ToSecurityKey).ToList();
        var active = rows.FindIndex(row => row.RetiredAt is null);
        _active = active >= 0 ? keys[active] : null;
        return keys;
    }

    private async Task CreateKeyAsync(bool retireCurrent, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = Clock.GetUtcNow();
        var current = await db.SigningKeys.Where(key => key.RetiredAt == null).ToListAsync(cancellationToken);
        if (current.Count > 0 && !retireCurrent)
        {
            Invalidate();
            await GetKeysAsync(null, cancellationToken);
            return;
        }
        current.ForEach(key => key.RetiredAt = now);
        await db.SaveChangesAsync(cancellationToken);
        using var rsa = RSA.Create(2048);
        var id = $"{now:yyyyMMdd}-{Convert.ToHexString(RandomNumberGenerator.GetBytes(6)).ToLowerInvariant()}";
        var created = new SigningKey
        {
            Id = id,
            Algorithm = AccessTokenValidator.Algorithm,
            PrivateKey = protector.Protect(id, rsa.ExportPkcs8PrivateKey()),
            EnvelopeKeyId = protector.KeyId,
            CreatedAt = now,
        };
        db.SigningKeys.Add(created);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Signing key {KeyId} created; {Retired} key(s) retired", created.Id, current.Count);
        }
        catch (DbUpdateException) when (!retireCurrent)
        {
            // Another replica created the first key at the same moment (unique active-key index): use theirs.
            await transaction.RollbackAsync(cancellationToken);
        }
        Invalidate();
        await GetKeysAsync(null, cancellationToken);
    }

    private RsaSecurityKey ToSecurityKey(SigningKey row)
    {
        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(row.EnvelopeKeyId is null ? row.PrivateKey : protector.Unprotect(row.Id, row.EnvelopeKeyId, row.PrivateKey), out _);
        return new RsaSecurityKey(rsa) { KeyId = row.Id };
    }
}
