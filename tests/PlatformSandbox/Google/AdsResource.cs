using System.Text.Json.Nodes;

namespace AdFlux.PlatformSandbox.Google;

/// <summary>One resource the sandbox's Google Ads API holds (a campaign budget, campaign, ad group or ad group ad).</summary>
public sealed class AdsResource
{
    public required string ResourceName { get; init; }

    public required string Kind { get; init; }

    public required string Customer { get; init; }

    public required long Id { get; init; }

    public string? Parent { get; init; }

    public required JsonObject Fields { get; init; }

    public bool Removed { get; set; }
}
