using AdFlux.Ads.Studio;
using AdFlux.Ads.Studio.Workflows;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AdFlux.Ads.Api.Studio;

/// <summary>
/// Approvers' decisions and delegations on a request's current step. Any signed-in user of the
/// tenant may call; the workflow decides who is an approver (403 with the reason otherwise).
/// </summary>
public static class DecisionsApi
{
    public static IEndpointRouteBuilder MapDecisionsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/ads/studio/requests/{id:guid}").WithTags("Studio").RequireAuthorization();
        group.MapPost("/decisions", DecideAsync)
            .WithName("DecideContentRequest").WithSummary("Approves, rejects or requests changes at the current step, as one of its approvers (or their delegate, or the escalation approver)");
        group.MapPost("/delegations", DelegateAsync)
            .WithName("DelegateApproval").WithSummary("Hands the caller's decision at the current step to another user");
        return app;
    }

    public static async Task<Results<Ok<RequestResponse>, NotFound, ValidationProblem, ProblemHttpResult>> DecideAsync(
        Guid id, DecisionBody body, ApprovalEngine engine, StudioEvents events, [AsParameters] StudioRequest request)
    {
        if (Validate(body) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var (content, workflow) = await StudioLoader.ReviewAsync(request, id, engine);
        if (content is null)
        {
            return TypedResults.NotFound();
        }
        var outcome = workflow is null ? new EngineOutcome(409, $"The request is {content.Status}, not in review.", null)
            : engine.Decide(content, workflow, request.Approver, body.Decision!, body.Comment?.Trim());
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

    public static async Task<Results<Ok<RequestResponse>, NotFound, ValidationProblem, ProblemHttpResult>> DelegateAsync(
        Guid id, DelegationBody body, ApprovalEngine engine, [AsParameters] StudioRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (body.ToUserId is null || body.ToUserId == Guid.Empty)
        {
            errors["toUserId"] = ["toUserId (the user who decides instead of you) is required."];
        }
        StudioValidation.Text(errors, "reason", body.Reason, 2000, required: false);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var (content, workflow) = await StudioLoader.ReviewAsync(request, id, engine);
        if (content is null)
        {
            return TypedResults.NotFound();
        }
        var outcome = workflow is null ? new EngineOutcome(409, $"The request is {content.Status}, not in review.", null)
            : engine.Delegate(content, workflow, request.Approver, body.ToUserId!.Value, body.Reason?.Trim());
        if (outcome.Refused)
        {
            return StudioProblems.Refused(outcome);
        }
        if (await StudioSave.TrySaveAsync(request.Db, request.CancellationToken) is { } conflict)
        {
            return conflict;
        }
        return TypedResults.Ok(RequestResponse.From(content, workflow));
    }

    public static Dictionary<string, string[]> Validate(DecisionBody body)
    {
        var errors = new Dictionary<string, string[]>();
        if (body.Decision is null || !DecisionKind.All.Contains(body.Decision))
        {
            errors["decision"] = [$"decision must be one of {string.Join(", ", DecisionKind.All)}."];
        }
        else if (body.Decision != DecisionKind.Approved && string.IsNullOrWhiteSpace(body.Comment))
        {
            errors["comment"] = ["A rejection or a request for changes needs a comment saying why."];
        }
        StudioValidation.Text(errors, "comment", body.Comment, 2000, required: false);
        return errors;
    }
}
