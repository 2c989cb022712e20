using AdFlux.Ads.Data;
using AdFlux.ServiceDefaults.Data;
using AdFlux.ServiceDefaults.Data.Work;
using AdFlux.ServiceDefaults.Tenancy;
using Microsoft.Extensions.Options;

namespace AdFlux.Ads.Publishing;

/// <summary>
/// Takes due publications from the database one at a time and runs each in a scope acting for
/// the campaign's tenant (so every query there is filtered as for that tenant's request).
/// </summary>
public sealed class PublishWorker(
    IServiceScopeFactory scopes, PublishSignal signal, DatabaseState<AdsDbContext> database, IOptions<PublishOptions> options,
    TimeProvider clock, ILogger<PublishWorker> logger) : BackgroundService
{
    private readonly string _owner = $"{Environment.ProcessId}-{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await database.Migrated.WaitAsync(stoppingToken);
        await WorkLoop.RunAsync("Publish worker", RunNextAsync, ct => signal.WaitAsync(options.Value.PollInterval, ct), options.Value.PollInterval, logger, stoppingToken);
    }

    private async Task<bool> RunNextAsync(CancellationToken stoppingToken)
    {
        (Guid Id, Guid TenantId, int Attempts)? claimed;
        await using (var scope = scopes.CreateAsyncScope())
        {
            claimed = await PublishQueue.ClaimAsync(scope.ServiceProvider.GetRequiredService<AdsDbContext>(), _owner, clock.GetUtcNow(), options.Value.Lease, stoppingToken);
        }
        if (claimed is not { } campaign)
        {
            return false;
        }
        await using (var scope = scopes.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<MessageTenant>().Set(campaign.TenantId);
            await scope.ServiceProvider.GetRequiredService<CampaignPublisher>().RunAsync(campaign.Id, _owner, campaign.Attempts, stoppingToken);
        }
        return true;
    }
}
