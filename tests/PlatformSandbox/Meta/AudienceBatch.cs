namespace AdFlux.PlatformSandbox.Meta;

/// <summary>One <c>POST {audience}/users</c> as received: its session, place in the session and row count.</summary>
public sealed record AudienceBatch(long SessionId, int BatchSeq, bool LastBatch, int EstimatedTotal, int Rows);
