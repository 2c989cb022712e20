namespace AdFlux.Web.Studio;

/// <summary>Where a request in review stands: the step, since when, and whether it was escalated.</summary>
public sealed record CurrentStep(ApprovalStep Step, DateTimeOffset? EnteredAt, bool Escalated);
