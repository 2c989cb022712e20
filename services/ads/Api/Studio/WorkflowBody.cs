namespace AdFlux.Ads.Api.Studio;

/// <summary>An approval workflow: ordered steps; <c>isDefault</c> makes it the one requests are submitted to when they name none.</summary>
public sealed record WorkflowBody(string? Name, bool? IsDefault, IReadOnlyList<StepBody>? Steps);
