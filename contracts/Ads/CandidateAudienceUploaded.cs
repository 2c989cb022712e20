namespace AdFlux.Contracts.Ads;

/// <summary>A candidate segment's contacts reached an ad platform as a custom audience, hashed (SHA-256) and never raw.</summary>
/// <param name="EventId">Unique per event; consumers deduplicate on it.</param>
/// <param name="TenantId">The tenant the candidates belong to.</param>
/// <param name="OccurredAt">When the last batch was accepted.</param>
/// <param name="ClientProfileId">The client profile whose candidates were sent.</param>
/// <param name="SegmentId">The segment the audience was made from.</param>
/// <param name="Platform">The ad platform (meta).</param>
/// <param name="AudienceId">The platform's custom audience id.</param>
/// <param name="Rows">Hashed rows (email and/or phone per candidate) the platform received.</param>
public sealed record CandidateAudienceUploaded(
    Guid EventId,
    Guid TenantId,
    DateTimeOffset OccurredAt,
    Guid ClientProfileId,
    Guid SegmentId,
    string Platform,
    string AudienceId,
    int Rows) : IIntegrationEvent;
