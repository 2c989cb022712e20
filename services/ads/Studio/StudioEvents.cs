using AdFlux.Ads.Data;
using AdFlux.Ads.Studio.Requests;
using AdFlux.Contracts.Ads;
using AdFlux.ServiceDefaults.Outbox;

namespace AdFlux.Ads.Studio;

/// <summary>Adds ContentRequestApproved or ContentRequestRejected to the outbox when a request just closed, so the event commits with the change.</summary>
public sealed class StudioEvents(TimeProvider clock)
{
    /// <summary>Call after the engine acted and before saving; <paramref name="before"/> is the status it started from.</summary>
    public void Announce(AdsDbContext db, ContentRequest request, string? before = RequestStatus.InReview)
    {
        if (request.Status == before)
        {
            return;
        }
        var last = request.Transitions.OrderBy(t => t.Sequence).Last();
        var who = last.ActorUserId ?? Guid.Empty;
        var now = clock.GetUtcNow();
        if (request.Status == RequestStatus.Approved)
        {
            db.AddEvent(new ContentRequestApproved(Guid.CreateVersion7(), request.TenantId, now, request.Id, who, request.ClientProfileId, request.CampaignId), clock);
        }
        else if (request.Status == RequestStatus.Rejected)
        {
            db.AddEvent(new ContentRequestRejected(Guid.CreateVersion7(), request.TenantId, now, request.Id, who, last.Reason ?? "", request.ClientProfileId, request.CampaignId), clock);
        }
    }
}
