namespace AdFlux.Ads.Studio.Escalation;

/// <summary>A content request whose current step passed its timeout, claimed by one worker.</summary>
public sealed record DueEscalation(Guid Id, Guid TenantId);
