namespace AdFlux.Ads.Api.Studio;

/// <summary>Submits a request for review through a workflow (the tenant's default when none is named).</summary>
public sealed record SubmitBody(Guid? WorkflowId, string? Reason);
