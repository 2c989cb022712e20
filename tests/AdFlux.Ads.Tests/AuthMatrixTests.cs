using AdFlux.Ads.Tests.Candidates;
using AdFlux.Ads.Tests.Studio;
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
        .Get("/api/ads/campaigns/{campaign}/ab-tests")
        .Get("/api/ads/ab-tests/{abTest}")
        .Get("/api/ads/campaigns/{campaign}/report?granularity=week")
        .Get("/api/ads/accounts/{account}/report")
        .Post("/api/ads/creatives/copy", _ => new { platforms = new[] { "meta" }, brief = "Matrix tour announcement" })
        .Post("/api/ads/ab-tests/{abTest}/results", t => new
        {
            arms = new[] { new { adId = t.Resources["ad"], trials = 10, successes = 1 }, new { adId = t.Resources["variantAd"], trials = 10, successes = 2 } },
        })
        // The creative studio. Decisions and delegations admit any user of the tenant the workflow names:
        // the seeded step needs the admin, the viewer and a third user, so each of the first two decides once.
        .Get("/api/ads/studio/brands").ClientScoped()
        .Get("/api/ads/studio/brands?clientProfileId={clientProfile}")
        .Post("/api/ads/studio/brands", t => StudioCalls.Brand(Guid.Parse(t.Resources["spareProfile"])))
        .Get("/api/ads/studio/brands/{brand}")
        .Put("/api/ads/studio/brands/{brand}", t => StudioCalls.Brand(Guid.Parse(t.Resources["clientProfile"]), logo: false))
        .Delete("/api/ads/studio/brands/{doomedBrand}")
        .Post("/api/ads/studio/workflows", t => StudioCalls.Workflow(StudioCalls.Step("all", [Guid.Parse(t.Resources["user"])])))
        .Get("/api/ads/studio/workflows")
        .Get("/api/ads/studio/workflows/{workflow}")
        .Post("/api/ads/studio/requests", t => StudioCalls.Request(Guid.Parse(t.Resources["clientProfile"]), Guid.Parse(t.Resources["campaign"])))
        .Get("/api/ads/studio/requests").ClientScoped()
        .Get("/api/ads/studio/requests?clientProfileId={clientProfile}")
        .Get("/api/ads/studio/requests/{studioRequest}")
        .Put("/api/ads/studio/requests/{studioRequest}", t => StudioCalls.Request(Guid.Parse(t.Resources["clientProfile"]), Guid.Parse(t.Resources["campaign"])))
        .Post("/api/ads/studio/requests/{studioRequest}/assets", _ => StudioCalls.Asset(BrandImages.OnBrand()))
        .Get("/api/ads/studio/assets/{asset}/content")
        .Post("/api/ads/studio/requests/{studioRequest}/stock-assets", _ => new { freepikId = 7_700_002, platform = "tiktok" })
        .Post("/api/ads/studio/requests/{studioRequest}/copy", _ => new { language = "en" })
        .Get("/api/ads/studio/requests/{studioRequest}/copy")
        .Get("/api/ads/creatives/stock?term=beach", Access.Admin)
        .Post("/api/ads/studio/assets/{asset}/variants", _ => new { formats = new[] { "square" } })
        .Get("/api/ads/studio/assets/{asset}/variants")
        .Get("/api/ads/studio/assets/{variantAsset}/variants/square/content")
        .Post("/api/ads/studio/requests/{movableRequest}/transitions", _ => new { to = "generating", reason = "Matrix" })
        .Post("/api/ads/studio/requests/{submittableRequest}/submit", t => new { workflowId = t.Resources["workflow"], reason = "Matrix" })
        .Post("/api/ads/studio/requests/{reviewRequest}/decisions", _ => new { decision = "approved", comment = "Matrix" }, Access.Authenticated)
        .Post("/api/ads/studio/requests/{delegableRequest}/delegations", _ => new { toUserId = Guid.NewGuid(), reason = "Matrix" }, Access.Authenticated)
        .Post("/api/ads/studio/requests/{linkRequest}/external-links", t => new { approverName = "client@example.test", onBehalfOf = t.Resources["thirdApprover"] })
        .Get("/api/ads/campaigns/{campaign}/creatives")
        // Candidates: the import is multipart here (the client profile a form field), text/csv in CandidateTests.
        .Post("/api/ads/candidates/import", t => CandidateCalls.Form(Guid.Parse(t.Resources["clientProfile"]), CandidateCalls.SmallCsv()))
        .Get("/api/ads/candidates").ClientScoped()
        .Get("/api/ads/candidates?clientProfileId={clientProfile}").ClientScoped()
        .Post("/api/ads/candidates/segments/compute?clientProfileId={clientProfile}")
        .Get("/api/ads/candidates/segments?clientProfileId={clientProfile}").ClientScoped()
        .Post("/api/ads/candidates?clientProfileId={clientProfile}", _ => new[] { CandidateCalls.JsonCandidate() }).WriteOnly()
        .Post("/api/ads/candidates/segments/{segment}/audience", _ => new { phoneCountryCode = "34" })
        .Get("/api/ads/candidates/segments/{segment}/audience")
        .Post("/api/ads/jobs", t => JobCalls.Job(Guid.Parse(t.Resources["clientProfile"])))
        .Get("/api/ads/jobs").ClientScoped()
        .Get("/api/ads/jobs?clientProfileId={clientProfile}").ClientScoped()
        .Get("/api/ads/jobs/{job}")
        .Put("/api/ads/jobs/{job}", t => JobCalls.Job(Guid.Parse(t.Resources["clientProfile"]), title: "Matrix edit"))
        .Delete("/api/ads/jobs/{doomedJob}");

    public static TheoryData<string, string> Cases => Matrix.Cases();

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Every_ads_endpoint_enforces_authentication_roles_tenancy_and_client_scope(string endpoint, string check) =>
        Matrix.VerifyAsync(endpoint, check, world.Matrix);
}
