using AdFlux.ServiceDefaults;

namespace AdFlux.Gateway.RequestLimits;

/// <summary>Largest request body per route class, under <c>Gateway:RequestSize</c>.</summary>
public sealed class RequestSizeOptions
{
    public const string Section = "Gateway:RequestSize";

    public long ApiMaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// Services whose API takes media, over <see cref="ApiMaxBodyBytes"/>: video's upload chunks
    /// (up to 64 MiB each, video's <c>MaxChunkBytes</c>) and ml-detection's images (20 MiB each, batched).
    /// </summary>
    public Dictionary<string, long> ServiceMaxBodyBytes { get; set; } = new()
    {
        [ResourceNames.Video] = 65 * 1024 * 1024,
        [ResourceNames.MlDetection] = 65 * 1024 * 1024,
    };

    public long MaxBodyBytesOf(string service) => ServiceMaxBodyBytes.GetValueOrDefault(service, ApiMaxBodyBytes);

    /// <summary>Platform webhooks batch many entries (Meta sends up to 1,000 changes per call).</summary>
    public long WebhookMaxBodyBytes { get; set; } = 16 * 1024 * 1024;
}
