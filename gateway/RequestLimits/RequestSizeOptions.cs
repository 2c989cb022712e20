namespace AdFlux.Gateway.RequestLimits;

/// <summary>Largest request body per route class, under <c>Gateway:RequestSize</c>.</summary>
public sealed class RequestSizeOptions
{
    public const string Section = "Gateway:RequestSize";

    public long ApiMaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Platform webhooks batch many entries (Meta sends up to 1,000 changes per call).</summary>
    public long WebhookMaxBodyBytes { get; set; } = 16 * 1024 * 1024;
}
