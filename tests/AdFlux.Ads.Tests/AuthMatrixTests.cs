using AdFlux.Testing.Auth;

namespace AdFlux.Ads.Tests;

[Collection(AdsCollection.Name)]
public sealed class AuthMatrixTests(AdsWorld world)
{
    // Every ads endpoint: reads for any caller of the tenant limited to a viewer's client profiles; writes for admins.
    public static readonly AuthMatrix Matrix = new AuthMatrix()
        .Get("/api/ads/accounts").ClientScoped()
        .Put("/api/ads/accounts", t => Drafts.MetaAccount(Guid.Parse(t.Resources["clientProfile"]), "120000000001"))
        .Get("/api/ads/campaigns").ClientScoped()
        .Get("/api/ads/campaigns?clientProfileId={clientProfile}")
        .Post("/api/ads/campaigns", t => Drafts.Campaign(Guid.Parse(t.Resources["clientProfile"])))
        .Get("/api/ads/campaigns/{campaign}")
        .Put("/api/ads/campaigns/{campaign}", t => Drafts.Campaign(Guid.Parse(t.Resources["clientProfile"]), name: "Matrix edit"))
        .Delete("/api/ads/campaigns/{doomedCampaign}")
        .Post("/api/ads/campaigns/{campaign}/adsets", _ => Drafts.AdSet("Matrix ad set"))
        .Get("/api/ads/adsets/{adSet}")
        .Put("/api/ads/adsets/{adSet}", _ => Drafts.AdSet("Matrix ad set edit"))
        .Delete("/api/ads/adsets/{doomedAdSet}")
        .Post("/api/ads/adsets/{adSet}/ads", _ => Drafts.Ad("Matrix ad"))
        .Get("/api/ads/ads/{ad}")
        .Put("/api/ads/ads/{ad}", _ => Drafts.Ad("Matrix ad edit"))
        .Delete("/api/ads/ads/{doomedAd}")
        .Post("/api/ads/campaigns/{publishable}/publish")
        .Post("/api/ads/campaigns/{live}/pause")
        .Post("/api/ads/campaigns/{paused}/resume")
        .Post("/api/ads/campaigns/{endable}/end")
        .Put("/api/ads/campaigns/{campaign}/budget", _ => new { budgetMinor = 7_500 })
        .Post("/api/ads/campaigns/{campaign}/ab-tests", t => Drafts.AbTest(Guid.Parse(t.Resources["ad"]), Guid.Parse(t.Resources["variantAd"])))
        .Get("/api/ads/ab-tests/{abTest}")
        .Get("/api/ads/campaigns/{campaign}/report?granularity=week")
        .Get("/api/ads/accounts/{account}/report")
        .Post("/api/ads/creatives/copy", _ => new { platforms = new[] { "meta" }, brief = "Matrix tour announcement" })
        .Post("/api/ads/ab-tests/{abTest}/results", t => new
        {
            arms = new[] { new { adId = t.Resources["ad"], trials = 10, successes = 1 }, new { adId = t.Resources["variantAd"], trials = 10, successes = 2 } },
        });

    public static TheoryData<string, string> Cases => Matrix.Cases();

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Every_ads_endpoint_enforces_authentication_roles_tenancy_and_client_scope(string endpoint, string check) =>
        Matrix.VerifyAsync(endpoint, check, world.Matrix);
}
