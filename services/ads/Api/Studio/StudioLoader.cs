using AdFlux.Ads.Studio.Requests;
using AdFlux.Ads.Studio.Workflows;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Ads.Api.Studio;

/// <summary>Loads a request with everything the engine reads, and its workflow; escalates a step whose timeout passed (the check on read).</summary>
public static class StudioLoader
{
    public static Task<ContentRequest?> RequestAsync(IQueryable<ContentRequest> requests, Guid id, CancellationToken cancellationToken) =>
        requests.Include(r => r.Transitions).Include(r => r.Assets).Include(r => r.Decisions).Include(r => r.Delegations).Include(r => r.VideoVariants)
            .AsSplitQuery().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);

    public static async Task<ApprovalWorkflow?> WorkflowAsync(IQueryable<ApprovalWorkflow> workflows, Guid? id, CancellationToken cancellationToken) =>
        id is { } workflowId ? await workflows.Include(w => w.Steps).FirstOrDefaultAsync(w => w.Id == workflowId, cancellationToken) : null;

    /// <summary>The request (tracked) and its workflow, with an overdue step escalated and saved.</summary>
    public static async Task<(ContentRequest? Request, ApprovalWorkflow? Workflow)> ReviewAsync(StudioRequest request, Guid id, ApprovalEngine engine)
    {
        var content = await RequestAsync(request.Db.ContentRequests, id, request.CancellationToken);
        if (content is null)
        {
            return (null, null);
        }
        var workflow = await WorkflowAsync(request.Db.ApprovalWorkflows, content.WorkflowId, request.CancellationToken);
        if (workflow is not null && engine.EscalateIfDue(content, workflow))
        {
            await request.Db.SaveChangesAsync(request.CancellationToken);
        }
        return (content, workflow);
    }
}
