using AdFlux.Ads.Studio;
using AdFlux.Ads.Studio.Requests;
using AdFlux.Ads.Studio.Workflows;
using AdFlux.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Ads.Api.Studio;

/// <summary>Content requests: briefs and their way from draft through review to published, every change recorded with who and why.</summary>
public static class RequestsApi
{
    public static IEndpointRouteBuilder MapRequestsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/ads/studio/requests").WithTags("Studio").RequireAuthorization();
        group.MapPost("/", CreateAsync).RequireAuthorization(Policies.Admin)
            .WithName("CreateContentRequest").WithSummary("Drafts a content request (platforms, formats, copy needs, due date, optional campaign)");
        group.MapGet("/", ListAsync)
            .WithName("ListContentRequests").WithSummary("The caller's content requests, newest first, optionally of one client profile or status");
        group.MapGet("/{id:guid}", GetAsync)
            .WithName("GetContentRequest").WithSummary("One content request with its assets, scores, history, decisions and delegations");
        group.MapPut("/{id:guid}", UpdateAsync).RequireAuthorization(Policies.Admin)
            .WithName("UpdateContentRequest").WithSummary("Edits the brief of a draft request");
        group.MapPost("/{id:guid}/transitions", TransitionAsync).RequireAuthorization(Policies.Admin)
            .WithName("TransitionContentRequest").WithSummary("Moves a request by hand: draft → generating → draft, approved → published");
        group.MapPost("/{id:guid}/submit", SubmitAsync).RequireAuthorization(Policies.Admin)
            .WithName("SubmitContentRequest").WithSummary("Sends a draft to review through a workflow (auto-approving steps the compliance score clears)");
        return app;
    }

    public static async Task<Results<Created<RequestResponse>, ValidationProblem>> CreateAsync(
        RequestBody body, ClientProfileOwnership profiles, [AsParameters] StudioRequest request)
    {
        var errors = StudioValidation.Request(body, requireClientProfile: true);
        if (errors.Count == 0 && !await profiles.BelongsToCallerAsync(body.ClientProfileId!.Value, request.CancellationToken))
        {
            errors["clientProfileId"] = ["No such client profile in your tenant."];
        }
        await CheckCampaignAsync(errors, body, body.ClientProfileId, request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var now = request.Clock.GetUtcNow();
        var content = new ContentRequest
        {
            Id = Guid.CreateVersion7(),
            TenantId = request.TenantId,
            ClientProfileId = body.ClientProfileId!.Value,
            Title = "",
            Status = RequestStatus.Draft,
            CreatedBy = request.UserId ?? Guid.Empty,
            CreatedAt = now,
        };
        Apply(content, body, now);
        content.Transitions.Add(new RequestTransition
        {
            Id = Guid.CreateVersion7(), TenantId = content.TenantId, ContentRequestId = content.Id, FromStatus = "", ToStatus = RequestStatus.Draft,
            ActorUserId = request.UserId, Via = "user", Reason = "Created.", At = now,
        });
        request.Db.ContentRequests.Add(content);
        await request.Db.SaveChangesAsync(request.CancellationToken);
        return TypedResults.Created($"/api/ads/studio/requests/{content.Id}", RequestResponse.From(content, null));
    }

    public static async Task<Results<Ok<IReadOnlyList<RequestResponse>>, ValidationProblem>> ListAsync(
        Guid? clientProfileId, string? status, [AsParameters] StudioRequest request)
    {
        var requests = request.Db.ContentRequests.AsNoTracking();
        if (status is not null)
        {
            if (!RequestStatus.All.Contains(status))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = [$"status must be one of {string.Join(", ", RequestStatus.All)}."] });
            }
            requests = requests.Where(r => r.Status == status);
        }
        if (clientProfileId is { } profile)
        {
            requests = requests.Where(r => r.ClientProfileId == profile);
        }
        var rows = await requests.Include(r => r.Transitions).Include(r => r.Assets).Include(r => r.Decisions).Include(r => r.Delegations).Include(r => r.VideoVariants).AsSplitQuery()
            .OrderByDescending(r => r.CreatedAt).Take(200).ToListAsync(request.CancellationToken);
        return TypedResults.Ok<IReadOnlyList<RequestResponse>>(rows.Select(r => RequestResponse.From(r, null)).ToList());
    }

    public static async Task<Results<Ok<RequestResponse>, NotFound>> GetAsync(Guid id, ApprovalEngine engine, [AsParameters] StudioRequest request)
    {
        var (content, workflow) = await StudioLoader.ReviewAsync(request, id, engine);
        return content is null ? TypedResults.NotFound() : TypedResults.Ok(RequestResponse.From(content, workflow));
    }

    public static async Task<Results<Ok<RequestResponse>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, RequestBody body, [AsParameters] StudioRequest request)
    {
        var content = await StudioLoader.RequestAsync(request.Db.ContentRequests, id, request.CancellationToken);
        if (content is null)
        {
            return TypedResults.NotFound();
        }
        var errors = StudioValidation.Request(body, requireClientProfile: false);
        if (body.ClientProfileId is { } profile && profile != content.ClientProfileId)
        {
            errors["clientProfileId"] = ["A content request cannot move to another client profile."];
        }
        await CheckCampaignAsync(errors, body, content.ClientProfileId, request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        if (content.Status != RequestStatus.Draft)
        {
            return StudioProblems.Conflict($"The request is {content.Status}; only a draft's brief is edited.");
        }
        Apply(content, body, request.Clock.GetUtcNow());
        content.Revision++;
        if (await StudioSave.TrySaveAsync(request.Db, request.CancellationToken) is { } conflict)
        {
            return conflict;
        }
        return TypedResults.Ok(RequestResponse.From(content, null));
    }

    public static async Task<Results<Ok<RequestResponse>, NotFound, ValidationProblem, ProblemHttpResult>> TransitionAsync(
        Guid id, TransitionBody body, ApprovalEngine engine, [AsParameters] StudioRequest request)
    {
        if (body.To is null || !RequestStatus.All.Contains(body.To))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["to"] = [$"to must be one of {string.Join(", ", RequestStatus.All)}."] });
        }
        var errors = new Dictionary<string, string[]>();
        StudioValidation.Text(errors, "reason", body.Reason, 2000, required: false);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var content = await StudioLoader.RequestAsync(request.Db.ContentRequests, id, request.CancellationToken);
        if (content is null)
        {
            return TypedResults.NotFound();
        }
        if (!ManualTransitions.Allows(content.Status, body.To))
        {
            return StudioProblems.Conflict(ManualTransitions.Explain(content.Status, body.To));
        }
        engine.Move(content, body.To, request.UserId, "user", body.Reason);
        if (await StudioSave.TrySaveAsync(request.Db, request.CancellationToken) is { } conflict)
        {
            return conflict;
        }
        return TypedResults.Ok(RequestResponse.From(content, null));
    }

    public static async Task<Results<Ok<RequestResponse>, NotFound, ValidationProblem, ProblemHttpResult>> SubmitAsync(
        Guid id, SubmitBody body, ApprovalEngine engine, StudioEvents events, [AsParameters] StudioRequest request)
    {
        var content = await StudioLoader.RequestAsync(request.Db.ContentRequests, id, request.CancellationToken);
        if (content is null)
        {
            return TypedResults.NotFound();
        }
        var workflow = body.WorkflowId is { } chosen
            ? await StudioLoader.WorkflowAsync(request.Db.ApprovalWorkflows, chosen, request.CancellationToken)
            : await request.Db.ApprovalWorkflows.Include(w => w.Steps).Where(w => w.IsDefault).OrderByDescending(w => w.CreatedAt)
                .FirstOrDefaultAsync(request.CancellationToken);
        if (workflow is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["workflowId"] = [body.WorkflowId is null ? "The tenant has no default workflow; name one." : "No such workflow in your tenant."],
            });
        }
        var outcome = engine.Submit(content, workflow, request.UserId ?? Guid.Empty, body.Reason);
        if (outcome.Refused)
        {
            return StudioProblems.Refused(outcome);
        }
        events.Announce(request.Db, content);
        if (await StudioSave.TrySaveAsync(request.Db, request.CancellationToken) is { } conflict)
        {
            return conflict;
        }
        return TypedResults.Ok(RequestResponse.From(content, workflow));
    }

    private static async Task CheckCampaignAsync(Dictionary<string, string[]> errors, RequestBody body, Guid? clientProfileId, StudioRequest request)
    {
        if (body.CampaignId is not { } campaignId)
        {
            return;
        }
        var campaign = await request.Db.Campaigns.AsNoTracking().Where(c => c.Id == campaignId).Select(c => new { c.ClientProfileId }).FirstOrDefaultAsync(request.CancellationToken);
        if (campaign is null || campaign.ClientProfileId != clientProfileId)
        {
            errors["campaignId"] = ["No such campaign of this client profile."];
        }
    }

    private static void Apply(ContentRequest content, RequestBody body, DateTimeOffset now)
    {
        content.Title = body.Title!.Trim();
        content.Brief = string.IsNullOrWhiteSpace(body.Brief) ? null : body.Brief.Trim();
        content.CampaignId = body.CampaignId;
        content.ClipId = body.ClipId;
        content.Platforms = [.. body.Platforms!];
        content.Formats = [.. body.Formats!];
        content.CopyNeeds = body.CopyNeeds is null ? [] : [.. body.CopyNeeds];
        content.DueAt = body.DueAt?.ToUniversalTime();
        content.UpdatedAt = now;
    }
}
