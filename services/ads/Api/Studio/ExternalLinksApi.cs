using AdFlux.Ads.Data;
using AdFlux.Ads.Studio;
using AdFlux.Ads.Studio.ExternalLinks;
using AdFlux.Ads.Studio.Requests;
using AdFlux.Ads.Studio.Workflows;
using AdFlux.ServiceDefaults.Auth;
using AdFlux.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Ads.Api.Studio;

/// <summary>
/// Signed, expiring, single-use links for approvers without an account: an admin issues one for a
/// request's current step; the anonymous endpoints show the request and take one decision. A forged
/// token answers 403; an expired or used one 410; a step that moved on 409; each changes nothing.
/// </summary>
public static class ExternalLinksApi
{
    public const int MaxHours = 24 * 30;

    public static IEndpointRouteBuilder MapExternalLinksApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/ads/studio/requests/{id:guid}/external-links", CreateAsync).WithTags("Studio").RequireAuthorization(Policies.Admin)
            .WithName("CreateExternalApprovalLink").WithSummary("Issues a signed, expiring, single-use approval link for the request's current step");
        var anonymous = app.MapGroup("/api/ads/studio/external/{token}").WithTags("Studio").AllowAnonymous();
        anonymous.MapGet("/", ViewAsync)
            .WithName("ViewExternalApproval").WithSummary("The request an external approval link is for (no account needed)");
        anonymous.MapPost("/decision", DecideAsync)
            .WithName("DecideExternalApproval").WithSummary("Takes the external approver's one decision (no account needed; the link is then used up)");
        return app;
    }

    public static async Task<Results<Created<ExternalLinkResponse>, NotFound, ValidationProblem, ProblemHttpResult>> CreateAsync(
        Guid id, ExternalLinkBody body, ApprovalEngine engine, ExternalLinkSigner signer, [AsParameters] StudioRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        StudioValidation.Text(errors, "approverName", body.ApproverName, 200, required: true);
        if (body.ExpiresInHours is { } hours && hours is < 1 or > MaxHours)
        {
            errors["expiresInHours"] = [$"expiresInHours must be between 1 and {MaxHours}."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var (content, workflow) = await StudioLoader.ReviewAsync(request, id, engine);
        if (content is null)
        {
            return TypedResults.NotFound();
        }
        if (content.Status != RequestStatus.InReview || workflow is null || ApprovalEngine.Current(content, workflow) is not { } step)
        {
            return StudioProblems.Conflict($"The request is {content.Status}; links are issued for a request in review.");
        }
        if (body.OnBehalfOf is { } voter && !step.ApproverUserIds.Contains(voter))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["onBehalfOf"] = [$"{voter} is not a named approver of step {step.Position + 1}."] });
        }
        if (body.OnBehalfOf is null && step.Rule == ApprovalRule.All)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["onBehalfOf"] = ["Every named approver must approve this step: say whose vote the link casts."] });
        }
        var now = request.Clock.GetUtcNow();
        var link = new ExternalApprovalLink
        {
            Id = Guid.CreateVersion7(),
            TenantId = request.TenantId,
            ContentRequestId = content.Id,
            Round = content.Round,
            Step = step.Position,
            ApproverName = body.ApproverName!.Trim(),
            OnBehalfOf = body.OnBehalfOf,
            CreatedBy = request.UserId ?? Guid.Empty,
            CreatedAt = now,
            ExpiresAt = now.AddHours(body.ExpiresInHours ?? 72),
        };
        request.Db.ExternalApprovalLinks.Add(link);
        await request.Db.SaveChangesAsync(request.CancellationToken);
        var token = signer.Sign(new LinkClaims(link.Id, link.TenantId, link.ContentRequestId, link.Round, link.Step, link.ExpiresAt));
        return TypedResults.Created($"/api/ads/studio/external/{token}",
            new ExternalLinkResponse(link.Id, token, $"/api/ads/studio/external/{token}", $"/api/ads/studio/external/{token}/decision", link.Step + 1, link.ExpiresAt));
    }

    public static async Task<Results<Ok<ExternalRequestView>, ProblemHttpResult>> ViewAsync(
        string token, ExternalLinkSigner signer, AdsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var opened = await OpenAsync(token, signer, db, clock, cancellationToken);
        if (opened.Problem is { } problem)
        {
            return problem;
        }
        var (link, content, workflow) = (opened.Link!, opened.Request!, opened.Workflow!);
        var step = ApprovalEngine.Current(content, workflow)!;
        return TypedResults.Ok(new ExternalRequestView(content.Id, content.Title, content.Brief, content.Platforms, content.Formats, content.DueAt, content.Status,
            step.Position + 1, step.Name, link.ApproverName, content.ComplianceScore,
            content.Assets.OrderBy(a => a.CreatedAt).Select(a =>
                new ExternalAssetView(a.FileName, a.ContentType, Convert.ToBase64String(a.Content), a.Score, AssetResponse.From(a).Parts)).ToList(),
            link.ExpiresAt));
    }

    public static async Task<Results<Ok<ExternalRequestView>, ValidationProblem, ProblemHttpResult>> DecideAsync(
        string token, DecisionBody body, ExternalLinkSigner signer, ApprovalEngine engine, StudioEvents events, AdsDbContext db, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (DecisionsApi.Validate(body) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var opened = await OpenAsync(token, signer, db, clock, cancellationToken);
        if (opened.Problem is { } problem)
        {
            return problem;
        }
        var (link, content, workflow) = (opened.Link!, opened.Request!, opened.Workflow!);
        var comment = $"{link.ApproverName} (external link): {body.Comment?.Trim()}".TrimEnd(' ', ':');
        var outcome = engine.Decide(content, workflow, new Approver(link.OnBehalfOf ?? link.CreatedBy, null, Approver.External, link.OnBehalfOf), body.Decision!, comment);
        if (outcome.Refused)
        {
            return StudioProblems.Refused(outcome);
        }
        link.ConsumedAt = clock.GetUtcNow();
        events.Announce(db, content);
        if (await StudioSave.TrySaveAsync(db, cancellationToken) is { } conflict)
        {
            return conflict;
        }
        var step = workflow.Steps.Single(s => s.Position == link.Step);
        return TypedResults.Ok(new ExternalRequestView(content.Id, content.Title, content.Brief, content.Platforms, content.Formats, content.DueAt,
            content.Status, link.Step + 1, step.Name, link.ApproverName, content.ComplianceScore, [], link.ExpiresAt));
    }

    /// <summary>Checks the token, then its row (not used, not expired) and that its step is still the request's current one.</summary>
    private static async Task<OpenedLink> OpenAsync(string token, ExternalLinkSigner signer, AdsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (signer.Read(token) is not { } claims)
        {
            return new(StudioProblems.Forbidden("The link is not one this service signed."));
        }
        if (clock.GetUtcNow() >= claims.ExpiresAt)
        {
            return new(StudioProblems.Gone($"The link expired at {claims.ExpiresAt:O}; ask for a new one."));
        }
        // Nobody is signed in: the signed token names the tenant, and every read below is held to it.
        var link = await db.ExternalApprovalLinks.IgnoreQueryFilters([TenantQueryFilters.Tenant])
            .FirstOrDefaultAsync(l => l.Id == claims.LinkId && l.TenantId == claims.TenantId, cancellationToken);
        if (link is null || link.ContentRequestId != claims.ContentRequestId || link.Step != claims.Step || link.Round != claims.Round)
        {
            return new(StudioProblems.Gone("The link no longer exists."));
        }
        if (link.ConsumedAt is { } used)
        {
            return new(StudioProblems.Gone($"The link was already used at {used:O}; each link takes one decision."));
        }
        var content = await StudioLoader.RequestAsync(db.ContentRequests.IgnoreQueryFilters().Where(r => r.TenantId == link.TenantId), link.ContentRequestId, cancellationToken);
        var workflow = await StudioLoader.WorkflowAsync(db.ApprovalWorkflows.IgnoreQueryFilters().Where(w => w.TenantId == link.TenantId), content?.WorkflowId, cancellationToken);
        if (content is null || workflow is null)
        {
            return new(StudioProblems.Gone("The request the link was for no longer exists."));
        }
        if (content.Status != RequestStatus.InReview || content.Round != link.Round || content.CurrentStep != link.Step)
        {
            return new(StudioProblems.Conflict($"The request is {content.Status}{(content.CurrentStep is { } s ? $" at step {s + 1}" : "")}; the link was for step {link.Step + 1}, which is no longer open."));
        }
        return new(null, link, content, workflow);
    }
}
