namespace AdFlux.PlatformSandbox.Meta;

/// <summary>One object the sandbox's Marketing API holds: a campaign, ad set, ad creative or ad of an ad account.</summary>
public sealed class MarketingObject
{
    public required string Id { get; init; }

    public required string Kind { get; init; }

    public required string Account { get; init; }

    public required string Name { get; init; }

    public string? ParentId { get; init; }

    public string Status { get; set; } = "PAUSED";

    public long? DailyBudget { get; set; }

    public long? LifetimeBudget { get; set; }

    public bool Deleted { get; set; }

    public Dictionary<string, string> Fields { get; init; } = [];
}
