using AdFlux.Ads.Studio.Workflows;
using AdFlux.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Ads.Api.Studio;

/// <summary>The tenant's approval workflows (seed 003 §4). Not edited once made: requests in review point at them.</summary>
public static class WorkflowsApi
{
    public static IEndpointRouteBuilder MapWorkflowsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/ads/studio/workflows").WithTags("Studio").RequireAuthorization();
        group.MapPost("/", CreateAsync).RequireAuthorization(Policies.Admin)
            .WithName("CreateApprovalWorkflow").WithSummary("Creates an approval workflow of ordered steps (optionally the tenant's default)");
        group.MapGet("/", ListAsync)
            .WithName("ListApprovalWorkflows").WithSummary("The tenant's approval workflows, newest first");
        group.MapGet("/{id:guid}", GetAsync)
            .WithName("GetApprovalWorkflow").WithSummary("One approval workflow with its steps");
        return app;
    }

    public static async Task<Results<Created<WorkflowResponse>, ValidationProblem>> CreateAsync(
        WorkflowBody body, TenantUsers users, [AsParameters] StudioRequest request)
    {
        var errors = StudioValidation.Workflow(body);
        if (errors.Count == 0)
        {
            await CheckUsersAsync(errors, body, users, request.CancellationToken);
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var workflow = new ApprovalWorkflow
        {
            Id = Guid.CreateVersion7(),
            TenantId = request.TenantId,
            Name = body.Name!.Trim(),
            IsDefault = body.IsDefault ?? false,
            CreatedAt = request.Clock.GetUtcNow(),
        };
        workflow.Steps = body.Steps!.Select((s, i) => new ApprovalStep
        {
            Id = Guid.CreateVersion7(),
            TenantId = workflow.TenantId,
            WorkflowId = workflow.Id,
            Position = i,
            Name = s.Name!.Trim(),
            ApproverUserIds = s.ApproverUserIds?.Distinct().ToList() ?? [],
            ApproverRole = s.ApproverRole,
            Rule = s.Rule!,
            MinComplianceScore = s.MinComplianceScore,
            AutoApproveAtScore = s.AutoApproveAtScore,
            EscalateAfter = s.EscalateAfterMinutes is { } minutes ? TimeSpan.FromMinutes(minutes) : null,
            EscalateTo = s.EscalateTo,
        }).ToList();
        if (workflow.IsDefault)
        {
            await request.Db.ApprovalWorkflows.Where(w => w.IsDefault).ExecuteUpdateAsync(u => u.SetProperty(w => w.IsDefault, false), request.CancellationToken);
        }
        request.Db.ApprovalWorkflows.Add(workflow);
        await request.Db.SaveChangesAsync(request.CancellationToken);
        return TypedResults.Created($"/api/ads/studio/workflows/{workflow.Id}", WorkflowResponse.From(workflow));
    }

    public static async Task<Ok<IReadOnlyList<WorkflowResponse>>> ListAsync([AsParameters] StudioRequest request)
    {
        var rows = await request.Db.ApprovalWorkflows.AsNoTracking().Include(w => w.Steps).OrderByDescending(w => w.CreatedAt).Take(200)
            .ToListAsync(request.CancellationToken);
        return TypedResults.Ok<IReadOnlyList<WorkflowResponse>>(rows.Select(WorkflowResponse.From).ToList());
    }

    public static async Task<Results<Ok<WorkflowResponse>, NotFound>> GetAsync(Guid id, [AsParameters] StudioRequest request) =>
        await request.Db.ApprovalWorkflows.AsNoTracking().Include(w => w.Steps).FirstOrDefaultAsync(w => w.Id == id, request.CancellationToken) is { } workflow
            ? TypedResults.Ok(WorkflowResponse.From(workflow))
            : TypedResults.NotFound();

    /// <summary>Every approver and escalation target must be a user of the caller's tenant (identity says).</summary>
    private static async Task CheckUsersAsync(Dictionary<string, string[]> errors, WorkflowBody body, TenantUsers users, CancellationToken cancellationToken)
    {
        for (var i = 0; i < body.Steps!.Count; i++)
        {
            var step = body.Steps[i];
            var approvers = step.ApproverUserIds ?? [];
            for (var j = 0; j < approvers.Count; j++)
            {
                if (!await users.ExistsAsync(approvers[j], cancellationToken))
                {
                    errors[$"steps[{i}].approverUserIds[{j}]"] = [$"No user {approvers[j]} in your tenant."];
                }
            }
            if (step.EscalateTo is { } escalateTo && !await users.ExistsAsync(escalateTo, cancellationToken))
            {
                errors[$"steps[{i}].escalateTo"] = [$"No user {escalateTo} in your tenant."];
            }
        }
    }
}
