using AdFlux.Ads.Studio.Requests;
using AdFlux.Ads.Studio.Workflows;
using static AdFlux.Ads.Tests.Unit.StudioBuilders;

namespace AdFlux.Ads.Tests.Unit;

public sealed class ApprovalEngineTests
{
    private static readonly Guid Ana = Guid.NewGuid(), Ben = Guid.NewGuid(), Cleo = Guid.NewGuid(), Dan = Guid.NewGuid(), Boss = Guid.NewGuid();
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));

    private ApprovalEngine Engine => new(_clock);

    [Fact]
    public void Any_step_passes_on_the_first_approval_and_the_last_step_approves_the_request()
    {
        var request = Draft();
        var workflow = Workflow(Step(ApprovalRule.Any, Ana, Ben));
        Engine.Submit(request, workflow, Ana, "ready");

        var outcome = Engine.Decide(request, workflow, User(Ben), DecisionKind.Approved, "fine");

        Assert.False(outcome.Refused);
        Assert.Equal(RequestStatus.Approved, request.Status);
        Assert.Null(request.CurrentStep);
        Assert.Equal([RequestStatus.Draft, RequestStatus.InReview], request.Transitions.Select(t => t.FromStatus));
        Assert.Equal(Ben, request.Transitions[^1].ActorUserId);
    }

    [Fact]
    public void All_step_waits_for_every_named_approver_and_refuses_a_second_vote()
    {
        var request = Draft();
        var workflow = Workflow(Step(ApprovalRule.All, Ana, Ben), Step(ApprovalRule.Any, Cleo));
        Engine.Submit(request, workflow, Ana, null);

        Engine.Decide(request, workflow, User(Ana), DecisionKind.Approved, null);
        var again = Engine.Decide(request, workflow, User(Ana), DecisionKind.Approved, null);
        Assert.Equal(0, request.CurrentStep);
        Engine.Decide(request, workflow, User(Ben), DecisionKind.Approved, null);

        Assert.Equal(409, again.Status);
        Assert.Contains("already decided", again.Refusal);
        Assert.Equal(1, request.CurrentStep);
        Assert.Equal(RequestStatus.InReview, request.Status);
    }

    [Fact]
    public void Someone_who_is_not_an_approver_of_the_current_step_is_refused_with_the_reason_and_nothing_changes()
    {
        var request = Draft();
        var workflow = Workflow(Step(ApprovalRule.Any, Ana), Step(ApprovalRule.Any, Cleo));
        Engine.Submit(request, workflow, Ana, null);
        var before = (request.Revision, request.Decisions.Count, request.Transitions.Count);

        var outcome = Engine.Decide(request, workflow, User(Cleo), DecisionKind.Approved, null);

        Assert.Equal(403, outcome.Status);
        Assert.Contains("not an approver of step 1", outcome.Refusal);
        Assert.Contains(Ana.ToString(), outcome.Refusal);
        Assert.Equal(before, (request.Revision, request.Decisions.Count, request.Transitions.Count));
    }

    [Fact]
    public void A_role_step_admits_anyone_with_the_role()
    {
        var request = Draft();
        var step = Step(ApprovalRule.Any);
        step.ApproverRole = "admin";
        var workflow = Workflow(step);
        Engine.Submit(request, workflow, Ana, null);

        Assert.Equal(403, Engine.Decide(request, workflow, User(Dan, "viewer"), DecisionKind.Approved, null).Status);
        Assert.False(Engine.Decide(request, workflow, User(Dan, "admin"), DecisionKind.Approved, null).Refused);
        Assert.Equal(RequestStatus.Approved, request.Status);
    }

    [Fact]
    public void Rejection_at_step_two_closes_the_request_and_later_decisions_are_refused()
    {
        var request = Draft();
        var workflow = Workflow(Step(ApprovalRule.Any, Ana), Step(ApprovalRule.Any, Ben), Step(ApprovalRule.Any, Cleo));
        Engine.Submit(request, workflow, Ana, null);
        Engine.Decide(request, workflow, User(Ana), DecisionKind.Approved, null);

        Engine.Decide(request, workflow, User(Ben), DecisionKind.Rejected, "off brand");
        var late = Engine.Decide(request, workflow, User(Cleo), DecisionKind.Approved, null);

        Assert.Equal(RequestStatus.Rejected, request.Status);
        Assert.Equal("off brand", request.Transitions[^1].Reason);
        Assert.Equal(409, late.Status);
        Assert.Contains("closed", late.Refusal);
        Assert.DoesNotContain(request.Decisions, d => d.Step == 2);
    }

    [Fact]
    public void Changes_requested_sends_the_request_back_to_draft_for_a_new_round()
    {
        var request = Draft();
        var workflow = Workflow(Step(ApprovalRule.Any, Ana), Step(ApprovalRule.Any, Ben));
        Engine.Submit(request, workflow, Ana, null);
        Engine.Decide(request, workflow, User(Ana), DecisionKind.Approved, null);

        Engine.Decide(request, workflow, User(Ben), DecisionKind.ChangesRequested, "bigger logo");

        Assert.Equal(RequestStatus.Draft, request.Status);
        Assert.Null(request.CurrentStep);
        Assert.Equal(1, request.Round);
        Assert.Equal(
            [(RequestStatus.InReview, RequestStatus.ChangesRequested), (RequestStatus.ChangesRequested, RequestStatus.Draft)],
            request.Transitions.TakeLast(2).Select(t => (t.FromStatus, t.ToStatus)));
        // The new round starts at step 1 again: Ana's earlier approval does not count.
        Engine.Submit(request, workflow, Ana, "bigger logo now");
        Assert.Equal(0, request.CurrentStep);
        Assert.False(Engine.Decide(request, workflow, User(Ana), DecisionKind.Approved, null).Refused);
    }

    [Fact]
    public void A_score_at_the_threshold_approves_the_step_by_itself_and_below_it_waits_for_a_person()
    {
        var auto = Step(ApprovalRule.Any, Ana);
        auto.AutoApproveAtScore = 0.8;
        var workflow = Workflow(auto, Step(ApprovalRule.Any, Ben));
        var onBrand = Draft(0.95, 0.8);
        var offBrand = Draft(0.95, 0.4);

        Engine.Submit(onBrand, workflow, Ana, null);
        Engine.Submit(offBrand, workflow, Ana, null);

        Assert.Equal(1, onBrand.CurrentStep);
        var automatic = Assert.Single(onBrand.Decisions);
        Assert.Equal(("auto", DecisionKind.Approved), (automatic.Via, automatic.Kind));
        Assert.Contains("0.8", automatic.Comment);
        Assert.Equal(0, offBrand.CurrentStep);
        Assert.Empty(offBrand.Decisions);
    }

    [Fact]
    public void Auto_approval_of_every_step_approves_the_request_on_submit()
    {
        var step = Step(ApprovalRule.Any, Ana);
        step.AutoApproveAtScore = 0.5;
        var request = Draft(0.9);

        Engine.Submit(request, Workflow(step), Ana, null);

        Assert.Equal(RequestStatus.Approved, request.Status);
        Assert.Equal("auto", request.Transitions[^1].Via);
    }

    [Fact]
    public void An_approval_below_the_steps_minimum_score_is_refused_with_the_reasons()
    {
        var step = Step(ApprovalRule.Any, Ana);
        step.MinComplianceScore = 0.7;
        var workflow = Workflow(step);
        var request = Draft(0.5);
        Engine.Submit(request, workflow, Ana, null);

        var outcome = Engine.Decide(request, workflow, User(Ana), DecisionKind.Approved, null);
        var rejection = Engine.Decide(request, workflow, User(Ana), DecisionKind.Rejected, "fix the logo");

        Assert.Equal(409, outcome.Status);
        Assert.Contains("at least 0.7", outcome.Refusal);
        Assert.Contains("logo not found", outcome.Refusal);
        Assert.False(rejection.Refused);
    }

    [Fact]
    public void After_the_timeout_the_escalation_approver_decides_for_the_step_and_not_before()
    {
        var step = Step(ApprovalRule.All, Ana, Ben);
        step.EscalateAfter = TimeSpan.FromHours(24);
        step.EscalateTo = Boss;
        var workflow = Workflow(step);
        var request = Draft();
        Engine.Submit(request, workflow, Ana, null);

        _clock.Advance(TimeSpan.FromHours(23));
        var early = Engine.Decide(request, workflow, User(Boss), DecisionKind.Approved, null);
        Assert.False(Engine.EscalateIfDue(request, workflow));
        _clock.Advance(TimeSpan.FromHours(1));
        Assert.True(Engine.EscalateIfDue(request, workflow));
        var late = Engine.Decide(request, workflow, User(Boss), DecisionKind.Approved, "nobody answered");

        Assert.Equal(403, early.Status);
        Assert.False(late.Refused);
        Assert.Equal(RequestStatus.Approved, request.Status);
        Assert.Contains(request.Transitions, t => t.Via == "system" && t.Reason!.Contains("escalated to " + Boss, StringComparison.Ordinal));
        Assert.Equal("escalation", request.Decisions.Single().Via);
    }

    [Fact]
    public void A_delegate_casts_the_delegators_vote_and_the_delegator_no_longer_can()
    {
        var workflow = Workflow(Step(ApprovalRule.All, Ana, Ben));
        var request = Draft();
        Engine.Submit(request, workflow, Ana, null);

        var delegated = Engine.Delegate(request, workflow, User(Ana), Dan, "on holiday");
        var byAna = Engine.Decide(request, workflow, User(Ana), DecisionKind.Approved, null);
        var byDan = Engine.Decide(request, workflow, User(Dan), DecisionKind.Approved, "for Ana");
        Engine.Decide(request, workflow, User(Ben), DecisionKind.Approved, null);

        Assert.False(delegated.Refused);
        Assert.Equal(403, byAna.Status);
        Assert.Contains("delegated", byAna.Refusal);
        Assert.False(byDan.Refused);
        var vote = request.Decisions.Single(d => d.DeciderUserId == Dan);
        Assert.Equal((Ana, "delegate"), (vote.OnBehalfOf!.Value, vote.Via));
        Assert.Equal(RequestStatus.Approved, request.Status);
    }

    [Fact]
    public void Only_an_approver_of_the_current_step_delegates()
    {
        var workflow = Workflow(Step(ApprovalRule.Any, Ana));
        var request = Draft();
        Engine.Submit(request, workflow, Ana, null);

        Assert.Equal(403, Engine.Delegate(request, workflow, User(Cleo), Dan, null).Status);
        Assert.Equal(409, Engine.Delegate(request, workflow, User(Ana), Ana, null).Status);
        Assert.Empty(request.Delegations);
    }

    [Fact]
    public void An_external_link_casts_the_named_approvers_vote_on_an_all_step()
    {
        var workflow = Workflow(Step(ApprovalRule.All, Ana, Ben));
        var request = Draft();
        Engine.Submit(request, workflow, Ana, null);

        Engine.Decide(request, workflow, new Approver(Ben, null, Approver.External, Ben), DecisionKind.Approved, "client ok");
        var benAgain = Engine.Decide(request, workflow, User(Ben), DecisionKind.Approved, null);
        Engine.Decide(request, workflow, User(Ana), DecisionKind.Approved, null);

        Assert.Equal(409, benAgain.Status);
        Assert.Equal(RequestStatus.Approved, request.Status);
        Assert.Contains(request.Decisions, d => d.Via == Approver.External && d.OnBehalfOf == Ben);
    }

    [Fact]
    public void A_draft_is_not_decided_and_a_request_in_review_is_not_resubmitted()
    {
        var workflow = Workflow(Step(ApprovalRule.Any, Ana));
        var request = Draft();

        var onDraft = Engine.Decide(request, workflow, User(Ana), DecisionKind.Approved, null);
        Engine.Submit(request, workflow, Ana, null);
        var twice = Engine.Submit(request, workflow, Ana, null);

        Assert.Equal(409, onDraft.Status);
        Assert.Equal(409, twice.Status);
        Assert.Equal(RequestStatus.InReview, request.Status);
    }
}
