using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using AdFlux.Ads.Api;

namespace AdFlux.Ads.Tests;

[Collection(AdsCollection.Name)]
public sealed class JobAdTests(AdsWorld world)
{
    [Fact]
    public async Task Jobs_are_created_read_edited_and_deleted_and_bad_fields_are_named()
    {
        var profile = await world.NewClientProfileAsync();

        var (status, problem) = await Drafts.SendAsync(world.Client, HttpMethod.Post, "/api/ads/jobs", world.AdminA,
            JobCalls.Job(profile, title: " ", min: 5_000_000, max: 4_000_000, currency: "XXQ", employmentType: "gig"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["currency", "employmentType", "salaryMaxMinor", "title"], problem!["errors"]!.AsObject().Select(e => e.Key).Order());

        var created = await Drafts.ExpectAsync<JobResponse>(world.Client, HttpMethod.Post, "/api/ads/jobs", world.AdminA, JobCalls.Job(profile), HttpStatusCode.Created);
        Assert.Equal(("Backend engineer", 4_000_000L, 5_500_000L, "EUR", "full_time"), (created.Title, created.SalaryMinMinor, created.SalaryMaxMinor, created.Currency, created.EmploymentType));
        var edited = await Drafts.ExpectAsync<JobResponse>(world.Client, HttpMethod.Put, $"/api/ads/jobs/{created.Id}", world.AdminA,
            JobCalls.Job(profile, title: "Senior backend engineer", employmentType: "contract"), HttpStatusCode.OK);
        Assert.Equal(("Senior backend engineer", "contract"), (edited.Title, edited.EmploymentType));
        var listed = await Drafts.ExpectAsync<List<JobResponse>>(world.Client, HttpMethod.Get, $"/api/ads/jobs?clientProfileId={profile}", world.AdminA, null, HttpStatusCode.OK);
        Assert.Equal(created.Id, Assert.Single(listed).Id);

        (status, _) = await Drafts.SendAsync(world.Client, HttpMethod.Delete, $"/api/ads/jobs/{created.Id}", world.AdminA);
        Assert.Equal(HttpStatusCode.NoContent, status);
        (status, _) = await Drafts.SendAsync(world.Client, HttpMethod.Get, $"/api/ads/jobs/{created.Id}", world.AdminA);
        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task A_job_ad_on_Meta_declares_the_EMPLOYMENT_category_and_may_not_narrow_ages()
    {
        var publication = await Publication.NewAsync(world, "meta");
        var job = await Drafts.ExpectAsync<JobResponse>(world.Client, HttpMethod.Post, "/api/ads/jobs", world.AdminA, JobCalls.Job(publication.ClientProfile), HttpStatusCode.Created);
        var otherProfile = await world.NewClientProfileAsync();
        var (status, problem) = await Drafts.SendAsync(world.Client, HttpMethod.Post, "/api/ads/campaigns", world.AdminA,
            WithJob(Drafts.Campaign(otherProfile), job.Id));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotNull(problem!["errors"]!["jobAdId"]);

        var campaign = await Drafts.CreateCampaignAsync(world.Client, world.AdminA, WithJob(Drafts.Campaign(publication.ClientProfile, name: "Hiring"), job.Id));
        Assert.Equal(job.Id, campaign.JobAdId);
        (status, problem) = await Drafts.SendAsync(world.Client, HttpMethod.Post, $"/api/ads/campaigns/{campaign.Id}/adsets", world.AdminA, JobCalls.OpenAdSet(ageMin: 25, ageMax: 40));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["ageMax", "ageMin"], problem!["errors"]!.AsObject().Select(e => e.Key).Order());
        var adSet = await Drafts.CreateAdSetAsync(world.Client, world.AdminA, campaign.Id, JobCalls.OpenAdSet());
        await Drafts.CreateAdAsync(world.Client, world.AdminA, adSet.Id);

        var published = await publication.PublishAsync(campaign.Id);

        Assert.Equal("active", published.Status);
        var made = Assert.Single(SandboxCounters.Objects(await publication.CountersAsync(), "campaign"));
        Assert.Equal(["EMPLOYMENT"], JsonNode.Parse(made["fields"]!["special_ad_categories"]!.GetValue<string>())!.AsArray().Select(c => c!.GetValue<string>()));
        (status, _) = await Drafts.SendAsync(world.Client, HttpMethod.Delete, $"/api/ads/jobs/{job.Id}", world.AdminA);
        Assert.Equal(HttpStatusCode.Conflict, status);
    }

    [Fact]
    public async Task The_sandbox_refuses_an_age_narrowed_ad_set_under_an_EMPLOYMENT_campaign_as_Meta_does()
    {
        var account = Sandboxes.NewMetaAccount();
        using var sandbox = world.SandboxClient();
        sandbox.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "EAAsandbox-job-test");
        using var created = await sandbox.PostAsync($"/v21.0/act_{account}/campaigns", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = "Hiring", ["objective"] = "OUTCOME_TRAFFIC", ["special_ad_categories"] = "[\"EMPLOYMENT\"]", ["daily_budget"] = "5000",
        }));
        var campaignId = JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();

        Task<HttpResponseMessage> AdSetAsync(string targeting) => sandbox.PostAsync($"/v21.0/act_{account}/adsets", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = "Ages", ["campaign_id"] = campaignId, ["billing_event"] = "IMPRESSIONS", ["optimization_goal"] = "LINK_CLICKS", ["targeting"] = targeting,
        }));

        using var narrowed = await AdSetAsync("""{"geo_locations":{"countries":["US"]},"age_min":25,"age_max":65}""");
        using var gendered = await AdSetAsync("""{"geo_locations":{"countries":["US"]},"genders":[1]}""");
        using var open = await AdSetAsync("""{"geo_locations":{"countries":["US"]},"age_min":18,"age_max":65}""");

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.OK), (narrowed.StatusCode, gendered.StatusCode, open.StatusCode));
    }

    [Fact]
    public async Task A_job_s_applicants_are_segmented_apart_from_the_profile_s_other_candidates()
    {
        var profile = await world.NewClientProfileAsync();
        var job = await Drafts.ExpectAsync<JobResponse>(world.Client, HttpMethod.Post, "/api/ads/jobs", world.AdminA, JobCalls.Job(profile), HttpStatusCode.Created);
        using (var applicants = await Candidates.CandidateCalls.ImportAsync(world.Client, world.AdminA, profile, Candidates.CandidateCalls.SmallCsv(), job.Id))
        {
            await Candidates.CandidateCalls.ReadAsync<CandidateImportResponse>(applicants, HttpStatusCode.Created);
        }
        using (var others = await Candidates.CandidateCalls.ImportAsync(world.Client, world.AdminA, profile, Candidates.CandidateCalls.SmallCsv()))
        {
            await Candidates.CandidateCalls.ReadAsync<CandidateImportResponse>(others, HttpStatusCode.Created);
        }
        var everyone = await Drafts.ExpectAsync<List<CandidateResponse>>(world.Client, HttpMethod.Get, $"/api/ads/candidates?clientProfileId={profile}", world.AdminA, null, HttpStatusCode.OK);
        var ofJob = everyone.Where(c => c.JobAdId == job.Id).Select(c => c.Id).ToHashSet();
        Assert.Equal((24, 12), (everyone.Count, ofJob.Count));

        var perJob = await Drafts.ExpectAsync<SegmentationResponse>(world.Client, HttpMethod.Post,
            $"/api/ads/candidates/segments/compute?clientProfileId={profile}&jobAdId={job.Id}", world.AdminA, null, HttpStatusCode.OK);
        var wide = await Drafts.ExpectAsync<SegmentationResponse>(world.Client, HttpMethod.Post,
            $"/api/ads/candidates/segments/compute?clientProfileId={profile}", world.AdminA, null, HttpStatusCode.OK);

        Assert.Equal(job.Id, perJob.JobAdId);
        Assert.Equal(ofJob.Order(), perJob.Segments.SelectMany(s => s.MemberIds).Order());
        Assert.Null(wide.JobAdId);
        Assert.Equal(24, wide.Segments.Sum(s => s.Size));
        var kept = await Drafts.ExpectAsync<SegmentationResponse>(world.Client, HttpMethod.Get,
            $"/api/ads/candidates/segments?clientProfileId={profile}&jobAdId={job.Id}", world.AdminA, null, HttpStatusCode.OK);
        Assert.Equal(perJob.ComputationId, kept.ComputationId);
    }

    private static JsonObject WithJob(object campaign, Guid jobId)
    {
        var body = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(campaign, Drafts.Json))!.AsObject();
        body["jobAdId"] = jobId;
        return body;
    }
}
