using System.Globalization;
using AdFlux.Ads.Studio.Requests;

namespace AdFlux.Ads.Studio.Workflows;

/// <summary>
/// Moves a content request through its workflow's steps (seed 003 §4): enters a step (passing it
/// at once when the compliance score reaches its auto-approval threshold), records decisions and
/// delegations, escalates a step nobody decided in time, and closes the request on the last
/// approval or any rejection. Works on loaded entities only; the caller saves (and announces).
/// A refusal changes nothing.
/// </summary>
public sealed class ApprovalEngine(TimeProvider clock)
{
    public EngineOutcome Submit(ContentRequest request, ApprovalWorkflow workflow, Guid submittedBy, string? reason)
    {
        if (request.Status is not (RequestStatus.Draft or RequestStatus.Generating))
        {
            return EngineOutcome.Conflict($"The request is {request.Status}; only a draft (or generating) request is submitted for review.");
        }
        if (workflow.Steps.Count == 0)
        {
            return EngineOutcome.Conflict("The workflow has no steps.");
        }
        request.WorkflowId = workflow.Id;
        Move(request, RequestStatus.InReview, submittedBy, "user", reason);
        Enter(request, workflow, 0);
        return EngineOutcome.Applied(request.Status);
    }

    /// <summary>Escalates the current step when its timeout has passed (checked whenever the request is read or decided).</summary>
    public bool EscalateIfDue(ContentRequest request, ApprovalWorkflow workflow)
    {
        if (request.Status != RequestStatus.InReview || request.Escalated || Current(request, workflow) is not { EscalateAfter: { } after, EscalateTo: { } to }
            || request.StepEnteredAt is not { } entered || clock.GetUtcNow() < entered + after)
        {
            return false;
        }
        request.Escalated = true;
        Move(request, RequestStatus.InReview, null, "system",
            string.Create(CultureInfo.InvariantCulture, $"No decision at step {request.CurrentStep + 1} within {after}; escalated to {to}."));
        return true;
    }

    public EngineOutcome Decide(ContentRequest request, ApprovalWorkflow workflow, Approver who, string kind, string? comment)
    {
        if (Refuse(request) is { } closed)
        {
            return closed;
        }
        EscalateIfDue(request, workflow);
        var step = Current(request, workflow)!;
        if (VoteOf(request, step, who) is not { } vote)
        {
            return EngineOutcome.Forbidden(NotApproverReason(request, step, who));
        }
        if (vote.OnBehalfOf is { } voter && Votes(request).Any(d => d.OnBehalfOf == voter))
        {
            return EngineOutcome.Conflict($"{voter} has already decided at step {request.CurrentStep + 1}.");
        }
        if (kind == DecisionKind.Approved && step.MinComplianceScore is { } minimum && !(request.ComplianceScore >= minimum))
        {
            return EngineOutcome.Conflict(string.Create(CultureInfo.InvariantCulture,
                $"Step {request.CurrentStep + 1} needs a compliance score of at least {minimum}; the request's is {request.ComplianceScore?.ToString("0.####", CultureInfo.InvariantCulture) ?? "not scored"}. {ComplianceReasons(request)}"));
        }
        Record(request, vote.OnBehalfOf, who.UserId, vote.Via, kind, comment);
        switch (kind)
        {
            case DecisionKind.Rejected:
                Move(request, RequestStatus.Rejected, who.UserId, who.Via, comment);
                Leave(request);
                break;
            case DecisionKind.ChangesRequested:
                Move(request, RequestStatus.ChangesRequested, who.UserId, who.Via, comment);
                Move(request, RequestStatus.Draft, null, "system", "Changes requested: back to draft for a new round.");
                Leave(request);
                request.Round++;
                break;
            default:
                if (vote.Via == "escalation" || StepComplete(request, step))
                {
                    Advance(request, workflow, who.UserId, who.Via);
                }
                break;
        }
        return EngineOutcome.Applied(request.Status);
    }

    public EngineOutcome Delegate(ContentRequest request, ApprovalWorkflow workflow, Approver who, Guid to, string? reason)
    {
        if (Refuse(request) is { } closed)
        {
            return closed;
        }
        var step = Current(request, workflow)!;
        if (who.UserId is not { } from || !step.IsApprover(who) || Delegated(request, from) is not null)
        {
            return EngineOutcome.Forbidden(NotApproverReason(request, step, who));
        }
        if (to == from)
        {
            return EngineOutcome.Conflict("An approver cannot delegate to themselves.");
        }
        if (Votes(request).Any(d => d.OnBehalfOf == from))
        {
            return EngineOutcome.Conflict($"{from} has already decided at step {request.CurrentStep + 1}.");
        }
        request.Delegations.Add(new ApprovalDelegation
        {
            Id = Guid.CreateVersion7(), TenantId = request.TenantId, ContentRequestId = request.Id, Round = request.Round,
            Step = request.CurrentStep!.Value, FromUserId = from, ToUserId = to, Reason = reason, At = clock.GetUtcNow(),
        });
        Touch(request);
        return EngineOutcome.Applied(request.Status);
    }

    public static ApprovalStep? Current(ContentRequest request, ApprovalWorkflow workflow) =>
        request.CurrentStep is { } index ? workflow.Steps.OrderBy(s => s.Position).ElementAtOrDefault(index) : null;

    /// <summary>Whose vote <paramref name="who"/> casts at <paramref name="step"/>, or null when not theirs to cast.</summary>
    public (Guid? OnBehalfOf, string Via)? VoteOf(ContentRequest request, ApprovalStep step, Approver who)
    {
        if (who.Via == Approver.External)
        {
            return (who.ExternalVote, Approver.External);
        }
        if (who.UserId is not { } user)
        {
            return null;
        }
        if (request.Escalated && step.EscalateTo == user)
        {
            return (user, "escalation");
        }
        if (request.Delegations.FirstOrDefault(d => d.Round == request.Round && d.Step == request.CurrentStep && d.ToUserId == user) is { } delegation
            && Delegated(request, delegation.FromUserId) == delegation)
        {
            return (delegation.FromUserId, "delegate");
        }
        return step.IsApprover(who) && Delegated(request, user) is null ? (user, "user") : null;
    }

    private static EngineOutcome? Refuse(ContentRequest request) => request.Status switch
    {
        RequestStatus.InReview => null,
        _ when RequestStatus.IsClosed(request.Status) => EngineOutcome.Conflict($"The request is {request.Status}; it is closed to decisions."),
        _ => EngineOutcome.Conflict($"The request is {request.Status}, not in review; nothing is decided until it is submitted."),
    };

    private ApprovalDelegation? Delegated(ContentRequest request, Guid from) =>
        request.Delegations.FirstOrDefault(d => d.Round == request.Round && d.Step == request.CurrentStep && d.FromUserId == from);

    private string NotApproverReason(ContentRequest request, ApprovalStep step, Approver who)
    {
        if (who.UserId is { } user && Delegated(request, user) is { } delegation)
        {
            return $"You delegated your decision at step {request.CurrentStep + 1} to {delegation.ToUserId}.";
        }
        var named = step.ApproverUserIds.Count > 0 ? $"users {string.Join(", ", step.ApproverUserIds)}" : null;
        var role = step.ApproverRole is { } r ? $"role {r}" : null;
        return $"You are not an approver of step {request.CurrentStep + 1} ({step.Name}): it is decided by {string.Join(" or ", new[] { named, role }.OfType<string>())}.";
    }

    private IEnumerable<ApprovalDecision> Votes(ContentRequest request) =>
        request.Decisions.Where(d => d.Round == request.Round && d.Step == request.CurrentStep);

    private bool StepComplete(ContentRequest request, ApprovalStep step)
    {
        if (step.Rule == ApprovalRule.Any)
        {
            return true;
        }
        var approvedBy = Votes(request).Where(d => d.Kind == DecisionKind.Approved).Select(d => d.OnBehalfOf).ToHashSet();
        return step.ApproverUserIds.All(id => approvedBy.Contains(id));
    }

    private void Advance(ContentRequest request, ApprovalWorkflow workflow, Guid? by, string via)
    {
        var next = request.CurrentStep!.Value + 1;
        if (next < workflow.Steps.Count)
        {
            Enter(request, workflow, next);
            return;
        }
        Move(request, RequestStatus.Approved, by, via, "Every step approved.");
        Leave(request);
    }

    private void Enter(ContentRequest request, ApprovalWorkflow workflow, int index)
    {
        request.CurrentStep = index;
        request.StepEnteredAt = clock.GetUtcNow();
        request.Escalated = false;
        var step = Current(request, workflow)!;
        if (step.AutoApproveAtScore is { } threshold && request.ComplianceScore is { } score && score >= threshold)
        {
            Record(request, null, null, "auto", DecisionKind.Approved,
                string.Create(CultureInfo.InvariantCulture, $"Compliance score {score:0.####} reached the auto-approval threshold {threshold}."));
            Advance(request, workflow, null, "auto");
        }
    }

    private static void Leave(ContentRequest request)
    {
        request.CurrentStep = null;
        request.StepEnteredAt = null;
        request.Escalated = false;
    }

    private void Record(ContentRequest request, Guid? onBehalfOf, Guid? decider, string via, string kind, string? comment)
    {
        request.Decisions.Add(new ApprovalDecision
        {
            Id = Guid.CreateVersion7(), TenantId = request.TenantId, ContentRequestId = request.Id, Round = request.Round,
            Step = request.CurrentStep!.Value, DeciderUserId = decider, OnBehalfOf = onBehalfOf, Via = via, Kind = kind, Comment = comment,
            At = clock.GetUtcNow(),
        });
        Touch(request);
    }

    /// <summary>Records a state change with who and why (the same state for an escalation).</summary>
    public void Move(ContentRequest request, string to, Guid? actor, string via, string? reason)
    {
        request.Transitions.Add(new RequestTransition
        {
            Id = Guid.CreateVersion7(), TenantId = request.TenantId, ContentRequestId = request.Id, Sequence = request.Transitions.Count, FromStatus = request.Status, ToStatus = to,
            ActorUserId = actor, Via = via, Reason = reason, At = clock.GetUtcNow(),
        });
        request.Status = to;
        Touch(request);
    }

    private void Touch(ContentRequest request)
    {
        request.UpdatedAt = clock.GetUtcNow();
        request.Revision++;
    }

    private static string ComplianceReasons(ContentRequest request) =>
        string.Join(" ", request.Assets.Where(a => a.Score == request.ComplianceScore).Take(1).Select(a =>
            $"{a.FileName}: colour {a.ColourReason}; logo {a.LogoReason}; typography {a.TypographyReason}; layout {a.LayoutReason}"));
}
