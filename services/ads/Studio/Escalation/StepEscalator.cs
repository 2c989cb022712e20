using AdFlux.Ads.Api.Studio;
using AdFlux.Ads.Data;
using AdFlux.Ads.Studio.Workflows;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Ads.Studio.Escalation;

/// <summary>
/// Escalates one claimed request through <see cref="ApprovalEngine.EscalateIfDue"/> (which records the
/// transition) and releases its lease. A decision that landed first wins: the revision check refuses the
/// save, and the lease runs out so the request is looked at again.
/// </summary>
public sealed class StepEscalator(AdsDbContext db, ApprovalEngine engine, ILogger logger)
{
    /// <summary>True when the request was escalated; <paramref name="db"/> must run as the request's tenant.</summary>
    public async Task<bool> EscalateAsync(Guid requestId, CancellationToken cancellationToken)
    {
        var request = await StudioLoader.RequestAsync(db.ContentRequests, requestId, cancellationToken);
        var workflow = request is null ? null : await StudioLoader.WorkflowAsync(db.ApprovalWorkflows, request.WorkflowId, cancellationToken);
        if (request is null || workflow is null)
        {
            return false;
        }
        var escalated = engine.EscalateIfDue(request, workflow);
        request.EscalationLeaseOwner = null;
        request.EscalationLeaseExpiresAt = null;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            logger.LogInformation("Content request {RequestId} changed while it was escalated; it is looked at again when the lease ends", requestId);
            return false;
        }
        if (escalated)
        {
            logger.LogInformation("Content request {RequestId} escalated at step {Step}", requestId, request.CurrentStep + 1);
        }
        return escalated;
    }
}
