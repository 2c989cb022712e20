using AdFlux.Identity.ApiKeys;
using AdFlux.Identity.Data;
using AdFlux.Identity.Domain;
using AdFlux.Identity.Tokens;
using AdFlux.ServiceDefaults.Auth;
using AdFlux.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdFlux.Identity.Tenants;

/// <summary>
/// Once the database is migrated: makes sure a signing key exists, creates the configured first
/// tenant and admin if there is no tenant yet and gives it the configured API key (both
/// idempotent), then rotates the signing key on schedule.
/// </summary>
public sealed class IdentityBootstrapper(
    IServiceScopeFactory scopes,
    DatabaseState<IdentityDbContext> database,
    SigningKeyRing keys,
    IOptions<BootstrapOptions> bootstrap,
    IOptions<IdentityServiceOptions> options,
    TimeProvider clock,
    ILogger<IdentityBootstrapper> logger) : BackgroundService
{
    private static readonly TimeSpan CheckEvery = TimeSpan.FromHours(1);

    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once a signing key exists and the configured first tenant has been created.</summary>
    public Task Ready => _ready.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await database.Migrated.WaitAsync(stoppingToken);
        try
        {
            await keys.SealLegacyKeysAsync(stoppingToken);
            await keys.GetSigningCredentialsAsync(stoppingToken);
            await CreateFirstTenantAsync(stoppingToken);
            await EnsureBootstrapApiKeyAsync(stoppingToken);
            _ready.TrySetResult();
        }
        catch (Exception ex)
        {
            _ready.TrySetException(ex);
            throw;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var createdAt = await keys.ActiveKeyCreatedAtAsync(stoppingToken);
                if (createdAt is { } created && clock.GetUtcNow() - created >= options.Value.SigningKeyRotationInterval)
                {
                    await keys.RotateAsync(stoppingToken);
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Signing key rotation check failed; retrying in {Delay}", CheckEvery);
            }
            await Task.Delay(CheckEvery, clock, stoppingToken);
        }
    }

    private async Task CreateFirstTenantAsync(CancellationToken cancellationToken)
    {
        var settings = bootstrap.Value;
        if (!settings.IsComplete)
        {
            return;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        if (await db.Tenants.AnyAsync(cancellationToken))
        {
            return;
        }
        var provisioner = scope.ServiceProvider.GetRequiredService<TenantProvisioner>();
        try
        {
            var (tenant, admin) = await provisioner.CreateAsync(settings.TenantName!, settings.AdminEmail!, settings.AdminPassword!, cancellationToken);
            logger.LogInformation("Bootstrap tenant {Tenant} ({TenantId}) created with admin {AdminEmail}", tenant.Name, tenant.Id, admin.Email);
        }
        catch (DbUpdateException)
        {
            // Another replica bootstrapped at the same moment (unique tenant name): theirs stands.
            logger.LogInformation("Bootstrap tenant was created by another instance");
        }
    }

    /// <summary>Also on an install made before the key was configured: the key is added to the bootstrap tenant once.</summary>
    private async Task EnsureBootstrapApiKeyAsync(CancellationToken cancellationToken)
    {
        var settings = bootstrap.Value;
        if (string.IsNullOrWhiteSpace(settings.ApiKey) || string.IsNullOrWhiteSpace(settings.TenantName))
        {
            return;
        }
        if (!ApiKeyFormat.TryParse(settings.ApiKey, out var id, out var secret))
        {
            throw new InvalidOperationException($"{BootstrapOptions.Section}:ApiKey is not an AdFlux API key (afx_<32 hex digits>_<secret>).");
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var tenantName = settings.TenantName.Trim();
        var tenant = await db.Tenants.IgnoreQueryFilters().SingleOrDefaultAsync(t => t.Name == tenantName, cancellationToken);
        if (tenant is null || await db.ApiKeys.IgnoreQueryFilters().AnyAsync(key => key.Id == id, cancellationToken))
        {
            return;
        }
        db.ApiKeys.Add(new ApiKey
        {
            Id = id,
            TenantId = tenant.Id,
            Name = "Platform sandbox (configured at start)",
            Prefix = ApiKeyFormat.PrefixOf(id),
            SecretHash = SecretHash.Of(secret),
            Role = Roles.Viewer,
            CreatedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Bootstrap API key {Prefix} added to tenant {Tenant}", ApiKeyFormat.PrefixOf(id), tenant.Name);
    }
}
