using System.Net;
using AdFlux.Ads.Api.Studio;

namespace AdFlux.Ads.Tests.Studio;

/// <summary>Builders and calls for the studio's API.</summary>
public static class StudioCalls
{
    public static object Brand(Guid clientProfile, bool logo = true) => new
    {
        clientProfileId = clientProfile,
        name = "Matrix brand",
        palette = BrandImages.Palette,
        paletteTolerance = 10,
        logo = logo ? Convert.ToBase64String(BrandImages.Logo()) : null,
        minLogoWidthRatio = 0.1,
        minTextHeightRatio = 0.025,
        minContrast = 4.5,
        safeZonePlatforms = new[] { "tiktok" },
        toneOfVoice = "Warm, direct, never shouting.",
        bannedWords = new[] { "cheap" },
    };

    public static object Request(Guid clientProfile, Guid? campaignId = null, string title = "Single launch") => new
    {
        clientProfileId = clientProfile,
        campaignId,
        title,
        brief = "Vertical teaser for the new single.",
        platforms = new[] { "tiktok", "instagram-feed" },
        formats = new[] { "1080x1920", "1080x1350" },
        copyNeeds = new[] { "headline", "call_to_action" },
        dueAt = DateTimeOffset.UtcNow.AddDays(7),
    };

    public static object Step(string rule, IEnumerable<Guid>? users = null, string? role = null, double? min = null, double? auto = null,
        int? escalateAfterMinutes = null, Guid? escalateTo = null) => new
    {
        name = "Step " + rule,
        approverUserIds = users?.ToArray() ?? [],
        approverRole = role,
        rule,
        minComplianceScore = min,
        autoApproveAtScore = auto,
        escalateAfterMinutes,
        escalateTo,
    };

    public static object Workflow(params object[] steps) => new { name = "Review", isDefault = false, steps };

    public static object Asset(byte[] image, string platform = "tiktok", string fileName = "creative.png") =>
        new { fileName, image = Convert.ToBase64String(image), platform };

    public static Task<BrandResponse> CreateBrandAsync(HttpClient client, string token, Guid clientProfile) =>
        Drafts.ExpectAsync<BrandResponse>(client, HttpMethod.Post, "/api/ads/studio/brands", token, Brand(clientProfile), HttpStatusCode.Created);

    public static Task<RequestResponse> CreateRequestAsync(HttpClient client, string token, Guid clientProfile, Guid? campaignId = null) =>
        Drafts.ExpectAsync<RequestResponse>(client, HttpMethod.Post, "/api/ads/studio/requests", token, Request(clientProfile, campaignId), HttpStatusCode.Created);

    public static Task<WorkflowResponse> CreateWorkflowAsync(HttpClient client, string token, params object[] steps) =>
        Drafts.ExpectAsync<WorkflowResponse>(client, HttpMethod.Post, "/api/ads/studio/workflows", token, Workflow(steps), HttpStatusCode.Created);

    public static Task<AssetResponse> UploadAsync(HttpClient client, string token, Guid request, byte[] image) =>
        Drafts.ExpectAsync<AssetResponse>(client, HttpMethod.Post, $"/api/ads/studio/requests/{request}/assets", token, Asset(image), HttpStatusCode.Created);

    public static Task<RequestResponse> SubmitAsync(HttpClient client, string token, Guid request, Guid workflow) =>
        Drafts.ExpectAsync<RequestResponse>(client, HttpMethod.Post, $"/api/ads/studio/requests/{request}/submit", token,
            new { workflowId = workflow, reason = "Ready for review" }, HttpStatusCode.OK);

    public static Task<RequestResponse> GetAsync(HttpClient client, string token, Guid request) =>
        Drafts.ExpectAsync<RequestResponse>(client, HttpMethod.Get, $"/api/ads/studio/requests/{request}", token, null, HttpStatusCode.OK);

    public static Task<(HttpStatusCode Status, System.Text.Json.Nodes.JsonNode? Body)> DecideAsync(HttpClient client, string token, Guid request, string decision, string? comment = null) =>
        Drafts.SendAsync(client, HttpMethod.Post, $"/api/ads/studio/requests/{request}/decisions", token, new { decision, comment });
}
