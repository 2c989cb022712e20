namespace AdFlux.Ingest.Pulls;

/// <summary>How a pull ended, as kept on sources and schedules.</summary>
public static class PullOutcomes
{
    public const string Succeeded = "succeeded";

    /// <summary>The platform failed (5xx, 429, timeout, unreadable answer): retried with backoff.</summary>
    public const string Failed = "failed";

    /// <summary>The platform refused the credential: not retried until it is replaced.</summary>
    public const string CredentialRefused = "credential_refused";
}
