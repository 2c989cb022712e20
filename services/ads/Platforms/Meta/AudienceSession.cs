namespace AdFlux.Ads.Platforms.Meta;

/// <summary>Meta's <c>session</c> of a multi-batch custom audience upload: one id for all batches, numbered from 1, the last flagged.</summary>
public sealed record AudienceSession(long SessionId, int BatchSeq, bool LastBatch, int EstimatedTotal);
