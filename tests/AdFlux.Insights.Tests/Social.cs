using AdFlux.Contracts.Ingest;

namespace AdFlux.Insights.Tests;

/// <summary>Builders of ingest's Sheets and Meta events, as ingest publishes them.</summary>
public static class Social
{
    public static readonly DateTimeOffset Written = new(2026, 11, 20, 18, 0, 0, TimeSpan.Zero);

    public static SocialPostsIngested Posts(Guid tenantId, Guid clientProfileId, IReadOnlyList<SocialPost> posts, IReadOnlyList<SocialComment> comments) =>
        new(Guid.CreateVersion7(), tenantId, DateTimeOffset.UtcNow, clientProfileId, "sheets", posts, comments);

    public static SocialPost Post(string url, string platform = "instagram", long likes = 100) =>
        new(url, platform, Written, "New single out now", likes, 10, 5, 2000);

    public static SocialComment Comment(string postUrl, string text, string owner = "fan1", int minute = 0) =>
        new(postUrl, text, owner, Written.AddMinutes(minute));

    public static PlatformInteractionReceived Interaction(Guid tenantId, Guid? clientProfileId, string objectId, string text, string kind = "comment") =>
        new(Guid.CreateVersion7(), tenantId, Written, clientProfileId, "instagram", kind, objectId, "fan_meta", text);
}
