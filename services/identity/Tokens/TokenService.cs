using AdFlux.Identity.Data;
using AdFlux.Identity.Domain;
using AdFlux.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdFlux.Identity.Tokens;

/// <summary>
/// Access token plus rotating refresh token. A refresh token is spent by its one use; presenting
/// a spent token again revokes its whole family, so a stolen token dies with the legitimate one
/// (OAuth 2.0 Security BCP, RFC 9700 §4.14.2).
/// </summary>
public sealed class TokenService(
    IdentityDbContext db,
    AccessTokenIssuer issuer,
    IOptions<IdentityServiceOptions> options,
    TimeProvider clock,
    ILogger<TokenService> logger)
{
    public Task<TokenPair> IssueAsync(User user, CancellationToken cancellationToken) =>
        IssueAsync(user, Guid.NewGuid(), cancellationToken);

    /// <summary>The next pair of the token's family, or null when the token is unknown, spent, revoked or expired.</summary>
    public async Task<TokenPair?> RefreshAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var hash = SecretHash.Of(refreshToken);
        var token = await db.RefreshTokens.IgnoreQueryFilters([TenantQueryFilters.Tenant]).AsNoTracking()
            .SingleOrDefaultAsync(candidate => candidate.TokenHash == hash, cancellationToken);
        var now = clock.GetUtcNow();
        if (token is null || token.RevokedAt is not null || token.ExpiresAt <= now)
        {
            return null;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Spending is one conditional update, so two concurrent uses cannot both succeed.
        var spent = await db.RefreshTokens.IgnoreQueryFilters([TenantQueryFilters.Tenant])
            .Where(candidate => candidate.Id == token.Id && candidate.UsedAt == null && candidate.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(candidate => candidate.UsedAt, now), cancellationToken);
        if (spent == 0)
        {
            await db.RefreshTokens.IgnoreQueryFilters([TenantQueryFilters.Tenant])
                .Where(candidate => candidate.FamilyId == token.FamilyId && candidate.RevokedAt == null)
                .ExecuteUpdateAsync(set => set.SetProperty(candidate => candidate.RevokedAt, now), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            logger.LogWarning("Spent refresh token reused; family {FamilyId} of user {UserId} revoked", token.FamilyId, token.UserId);
            return null;
        }

        var user = await db.Users.IgnoreQueryFilters([TenantQueryFilters.Tenant])
            .SingleOrDefaultAsync(candidate => candidate.Id == token.UserId, cancellationToken);
        if (user is not { IsActive: true })
        {
            return null;
        }
        var pair = await IssueAsync(user, token.FamilyId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return pair;
    }

    /// <summary>Logout: revokes the family of a refresh token the user holds; false when it is not the user's.</summary>
    public async Task<bool> RevokeFamilyAsync(string refreshToken, Guid userId, CancellationToken cancellationToken)
    {
        var hash = SecretHash.Of(refreshToken);
        var familyId = await db.RefreshTokens.IgnoreQueryFilters([TenantQueryFilters.Tenant])
            .Where(candidate => candidate.TokenHash == hash && candidate.UserId == userId)
            .Select(candidate => (Guid?)candidate.FamilyId)
            .SingleOrDefaultAsync(cancellationToken);
        if (familyId is null)
        {
            return false;
        }
        var now = clock.GetUtcNow();
        await db.RefreshTokens.IgnoreQueryFilters([TenantQueryFilters.Tenant])
            .Where(candidate => candidate.FamilyId == familyId && candidate.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(candidate => candidate.RevokedAt, now), cancellationToken);
        return true;
    }

    /// <summary>Every session of the user ends at its next refresh (password change, deactivation).</summary>
    public Task RevokeAllAsync(Guid userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return db.RefreshTokens.IgnoreQueryFilters([TenantQueryFilters.Tenant])
            .Where(candidate => candidate.UserId == userId && candidate.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(candidate => candidate.RevokedAt, now), cancellationToken);
    }

    private async Task<TokenPair> IssueAsync(User user, Guid familyId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var secret = "rt_" + SecretHash.NewSecret();
        var refresh = new RefreshToken
        {
            Id = Guid.NewGuid(),
            TenantId = user.TenantId,
            UserId = user.Id,
            FamilyId = familyId,
            TokenHash = SecretHash.Of(secret),
            CreatedAt = now,
            ExpiresAt = now + options.Value.RefreshTokenLifetime,
        };
        db.RefreshTokens.Add(refresh);
        await db.SaveChangesAsync(cancellationToken);
        var (access, expiresAt) = await issuer.IssueAsync(user, cancellationToken);
        return new TokenPair(access, "Bearer", (int)(expiresAt - now).TotalSeconds, expiresAt, secret, refresh.ExpiresAt);
    }
}
