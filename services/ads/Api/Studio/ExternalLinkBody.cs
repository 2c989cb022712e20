namespace AdFlux.Ads.Api.Studio;

/// <summary>
/// A link for an approver without an account, for the request's current step: who they are,
/// which named approver's vote it casts (required on an all-step), and how long it lives.
/// </summary>
public sealed record ExternalLinkBody(string? ApproverName, Guid? OnBehalfOf, int? ExpiresInHours);
