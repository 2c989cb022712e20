namespace AdFlux.Ingest.Webhooks;

/// <summary>Webhook intake limits, under <c>Ingest:Webhooks</c>.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Ingest:Webhooks";

    /// <summary>Largest body accepted (413 above); the gateway allows 16 MiB for webhooks, Meta batches up to 1,000 changes.</summary>
    public long MaxBodyBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>The same body from the same tenant and source within this window is a repeat.</summary>
    public TimeSpan DuplicateWindow { get; set; } = TimeSpan.FromHours(24);

    /// <summary>A signed delivery's timestamp may differ from our clock by at most this much (replay window).</summary>
    public TimeSpan SignatureTolerance { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long the previous secret keeps working after a rotation, unless the rotation says otherwise.</summary>
    public TimeSpan SecretOverlap { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Most metric records in one delivery.</summary>
    public int MaxRecords { get; set; } = 1000;
}
