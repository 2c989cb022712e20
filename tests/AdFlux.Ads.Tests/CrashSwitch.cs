using System.Collections.Concurrent;
using AdFlux.Ads.Domain;
using AdFlux.Ads.Publishing;

namespace AdFlux.Ads.Tests;

/// <summary>Stops a campaign's publication once, right after a given step's id is stored, as a worker dying there would.</summary>
public sealed class CrashSwitch : IPublishStepObserver
{
    private readonly ConcurrentDictionary<Guid, PublishStep> _armed = new();

    public ConcurrentQueue<(Guid Campaign, PublishStep Step)> Stored { get; } = new();

    public void Arm(Guid campaignId, PublishStep step) => _armed[campaignId] = step;

    public Task StoredAsync(Campaign campaign, PublishStep step, CancellationToken cancellationToken)
    {
        Stored.Enqueue((campaign.Id, step));
        if (_armed.TryGetValue(campaign.Id, out var armed) && armed == step && _armed.TryRemove(campaign.Id, out _))
        {
            throw new SimulatedCrashException($"Simulated crash after storing the {step} id of campaign {campaign.Id}.");
        }
        return Task.CompletedTask;
    }
}
