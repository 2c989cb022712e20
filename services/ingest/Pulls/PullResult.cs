namespace AdFlux.Ingest.Pulls;

/// <summary>How one pull ended; <see cref="RetryAfter"/> is the wait the platform asked for, if it did.</summary>
public sealed record PullResult(string Outcome, string? Error = null, TimeSpan? RetryAfter = null);
