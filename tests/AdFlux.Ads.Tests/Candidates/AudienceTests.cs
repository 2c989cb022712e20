using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using AdFlux.Ads.Api;
using AdFlux.Ads.Candidates;
using AdFlux.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Ads.Tests.Candidates;

[Collection(AdsCollection.Name)]
public sealed class AudienceTests(AdsWorld world)
{
    // Raw contacts as imported (mixed case, spaces, national phones): only their hashes may reach Meta.
    private static string Email(int i) => $" Dev{i}@Example.TEST ";

    private static string Phone(int i) => $"600 000 0{i:00}";

    private static string Csv()
    {
        var lines = new List<string> { CandidateCalls.Header };
        for (var i = 0; i < 6; i++)
        {
            lines.Add($"react;node,{2 + i % 3},Madrid,bachelor,{40_000 + i * 1_000},immediate,{Email(i)},{(i % 2 == 0 ? Phone(i) : "")}");
            lines.Add($"java;aws,{12 + i % 3},Valencia,master,{90_000 + i * 1_000},three_months,,");
        }
        return string.Join('\n', lines);
    }

    private async Task<(Guid Profile, string Account, CandidateSegmentResponse Segment, List<CandidateResponse> Candidates)> SegmentedAsync()
    {
        var profile = await world.NewClientProfileAsync();
        var account = Sandboxes.NewMetaAccount();
        await Drafts.PutAccountAsync(world.Client, world.AdminA, Drafts.MetaAccount(profile, account));
        using var imported = await CandidateCalls.ImportAsync(world.Client, world.AdminA, profile, Csv());
        await CandidateCalls.ReadAsync<CandidateImportResponse>(imported, HttpStatusCode.Created);
        await Drafts.ExpectAsync<SegmentationResponse>(world.Client, HttpMethod.Post,
            $"/api/ads/candidates/segments/compute?clientProfileId={profile}", world.AdminA, null, HttpStatusCode.OK);
        var id = await CandidateCalls.SegmentWithContactsAsync(world.Client, world.AdminA, profile);
        var segments = await Drafts.ExpectAsync<SegmentationResponse>(world.Client, HttpMethod.Get,
            $"/api/ads/candidates/segments?clientProfileId={profile}", world.AdminA, null, HttpStatusCode.OK);
        var candidates = await Drafts.ExpectAsync<List<CandidateResponse>>(world.Client, HttpMethod.Get,
            $"/api/ads/candidates?clientProfileId={profile}&limit=1000", world.AdminA, null, HttpStatusCode.OK);
        return (profile, account, segments.Segments.Single(s => s.Id == id), candidates);
    }

    [Fact]
    public async Task A_segment_becomes_a_Meta_custom_audience_of_hashed_contacts_in_one_session_and_a_second_upload_sends_nothing_new()
    {
        var (_, account, segment, candidates) = await SegmentedAsync();
        var path = $"/api/ads/candidates/segments/{segment.Id}/audience";

        var uploaded = await Drafts.ExpectAsync<SegmentAudienceResponse>(world.Client, HttpMethod.Post, path, world.AdminA, new { phoneCountryCode = "+34" }, HttpStatusCode.OK);

        // Expected rows: the segment's members with a contact, hashed per Meta's rules from the raw CSV values.
        var reachable = candidates.Where(c => segment.MemberIds.Contains(c.Id) && c.HasEmail).OrderBy(c => c.SourceRow).ToList();
        var expected = reachable.Select(c => (c.SourceRow - 1) / 2).Select(i => new[]
        {
            AudienceHashing.Sha256Hex($"dev{i}@example.test"),
            i % 2 == 0 ? AudienceHashing.Sha256Hex($"3460000000{i}") : "",
        }).ToList();
        Assert.Equal(6, expected.Count);
        Assert.Equal(("uploaded", 6), (uploaded.Status, uploaded.Rows));
        Assert.NotNull(uploaded.AudienceId);
        using var sandbox = world.SandboxClient();
        var audience = JsonNode.Parse(await sandbox.GetStringAsync($"/sandbox/meta/audience?id={uploaded.AudienceId}"))!;
        Assert.Equal(("CUSTOM", "USER_PROVIDED_ONLY"), (audience["fields"]!["subtype"]!.GetValue<string>(), audience["fields"]!["customer_file_source"]!.GetValue<string>()));
        var rows = audience["users"]!["rows"]!.AsArray().Select(r => r!.AsArray().Select(v => v!.GetValue<string>()).ToArray()).ToList();
        Assert.Equal(expected.Select(r => string.Join('|', r)).Order(), rows.Select(r => string.Join('|', r)).Order());
        Assert.All(rows.SelectMany(r => r), v => Assert.Matches("^([0-9a-f]{64})?$", v));
        // Batches of four (Ads:Audiences:BatchSize in the tests): one session, numbered, the last flagged.
        var batches = audience["users"]!["batches"]!.AsArray().Select(b => b!).ToList();
        Assert.Equal([(1, false, 4), (2, true, 2)], batches.Select(b => (b["batchSeq"]!.GetValue<int>(), b["lastBatch"]!.GetValue<bool>(), b["rows"]!.GetValue<int>())));
        Assert.Single(batches.Select(b => b["sessionId"]!.GetValue<long>()).Distinct());
        Assert.All(batches, b => Assert.Equal(6, b["estimatedTotal"]!.GetValue<int>()));

        var again = await Drafts.ExpectAsync<SegmentAudienceResponse>(world.Client, HttpMethod.Post, path, world.AdminA, new { phoneCountryCode = "34" }, HttpStatusCode.OK);

        Assert.Equal(uploaded.AudienceId, again.AudienceId);
        Assert.Equal(1, SandboxCounters.Creates(await SandboxCounters.MetaAsync(sandbox, account), "customaudience"));
        var after = JsonNode.Parse(await sandbox.GetStringAsync($"/sandbox/meta/audience?id={uploaded.AudienceId}"))!;
        Assert.Equal(2, after["users"]!["batches"]!.AsArray().Count);
        var read = await Drafts.ExpectAsync<SegmentAudienceResponse>(world.Client, HttpMethod.Get, path, world.AdminA, null, HttpStatusCode.OK);
        Assert.Equal((uploaded.AudienceId, "uploaded"), (read.AudienceId, read.Status));
        await using var db = world.Db(world.Matrix.A.TenantId);
        var events = (await db.Set<OutboxMessage>().Where(m => m.MessageType.StartsWith("AdFlux.Contracts.Ads.CandidateAudienceUploaded,")).ToListAsync())
            .Where(m => m.Payload.Contains(segment.Id.ToString(), StringComparison.Ordinal));
        Assert.Single(events);
    }

    [Fact]
    public async Task An_ad_set_targets_an_uploaded_segment_as_a_Meta_custom_audience_and_refuses_one_not_uploaded()
    {
        var (profile, account, segment, _) = await SegmentedAsync();
        var campaign = await Drafts.CreateCampaignAsync(world.Client, world.AdminA, Drafts.Campaign(profile, name: "Audience campaign"));
        var body = new { name = "Segment audience", locations = new[] { "ES" }, ageMin = 18, ageMax = 65, audienceSegmentId = segment.Id };

        var (status, problem) = await Drafts.SendAsync(world.Client, HttpMethod.Post, $"/api/ads/campaigns/{campaign.Id}/adsets", world.AdminA, body);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotNull(problem!["errors"]!["audienceSegmentId"]);

        var uploaded = await Drafts.ExpectAsync<SegmentAudienceResponse>(world.Client, HttpMethod.Post, $"/api/ads/candidates/segments/{segment.Id}/audience",
            world.AdminA, new { phoneCountryCode = "34" }, HttpStatusCode.OK);
        var adSet = await Drafts.CreateAdSetAsync(world.Client, world.AdminA, campaign.Id, body);
        Assert.Equal((segment.Id, uploaded.AudienceId), (adSet.AudienceSegmentId, adSet.CustomAudienceId));
        await Drafts.CreateAdAsync(world.Client, world.AdminA, adSet.Id);
        var published = await new Publication(world, profile, "meta", account).PublishAsync(campaign.Id);
        Assert.Equal("active", published.Status);

        using var sandbox = world.SandboxClient();
        var made = Assert.Single(SandboxCounters.Objects(await SandboxCounters.MetaAsync(sandbox, account), "adset"));
        var targeting = JsonNode.Parse(made["fields"]!["targeting"]!.GetValue<string>())!;
        Assert.Equal(uploaded.AudienceId, Assert.Single(targeting["custom_audiences"]!.AsArray())!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_audience_whose_create_reply_was_lost_is_found_again_and_never_made_twice()
    {
        var (_, account, segment, _) = await SegmentedAsync();
        using var sandbox = world.SandboxClient();
        using var armed = await sandbox.PostAsync($"/sandbox/meta/lose-replies?account=act_{account}&edge=customaudiences&count=1", null);
        armed.EnsureSuccessStatusCode();
        var path = $"/api/ads/candidates/segments/{segment.Id}/audience";

        var (status, problem) = await Drafts.SendAsync(world.Client, HttpMethod.Post, path, world.AdminA, new { phoneCountryCode = "34" });
        Assert.Equal(HttpStatusCode.BadGateway, status);
        Assert.Equal("meta", problem!["platform"]!.GetValue<string>());
        var uploaded = await Drafts.ExpectAsync<SegmentAudienceResponse>(world.Client, HttpMethod.Post, path, world.AdminA, new { phoneCountryCode = "34" }, HttpStatusCode.OK);

        var counters = await SandboxCounters.MetaAsync(sandbox, account);
        Assert.Equal(1, SandboxCounters.Creates(counters, "customaudience"));
        Assert.Equal(uploaded.AudienceId, Assert.Single(SandboxCounters.Objects(counters, "customaudience"))["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_sandbox_refuses_a_raw_email_so_a_contact_sent_unhashed_could_not_pass_unnoticed()
    {
        var account = Sandboxes.NewMetaAccount();
        using var sandbox = world.SandboxClient();
        sandbox.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "EAAsandbox-audience-test");
        using var created = await sandbox.PostAsync($"/v21.0/act_{account}/customaudiences", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = "Raw test", ["subtype"] = "CUSTOM", ["customer_file_source"] = "USER_PROVIDED_ONLY",
        }));
        var id = JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();

        using var raw = await sandbox.PostAsync($"/v21.0/{id}/users", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["payload"] = """{"schema":["EMAIL_SHA256","PHONE_SHA256"],"data":[["dev0@example.test",""]]}""",
        }));
        var hashed = AudienceHashing.Sha256Hex("dev0@example.test");
        using var good = await sandbox.PostAsync($"/v21.0/{id}/users", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["payload"] = $$"""{"schema":["EMAIL_SHA256","PHONE_SHA256"],"data":[["{{hashed}}",""]]}""",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, raw.StatusCode);
        Assert.DoesNotContain("dev0@", await raw.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        var audience = JsonNode.Parse(await sandbox.GetStringAsync($"/sandbox/meta/audience?id={id}"))!;
        Assert.Equal(hashed, Assert.Single(audience["users"]!["rows"]!.AsArray())![0]!.GetValue<string>());
    }

    [Fact]
    public async Task An_upload_without_a_phone_country_code_or_a_Meta_account_is_refused_naming_the_field()
    {
        var (profile, _, segment, _) = await SegmentedAsync();
        var path = $"/api/ads/candidates/segments/{segment.Id}/audience";

        var (status, problem) = await Drafts.SendAsync(world.Client, HttpMethod.Post, path, world.AdminA, new { phoneCountryCode = "0x" });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotNull(problem!["errors"]!["phoneCountryCode"]);

        var other = await world.NewClientProfileAsync();
        using var imported = await CandidateCalls.ImportAsync(world.Client, world.AdminA, other, Csv());
        await CandidateCalls.ReadAsync<CandidateImportResponse>(imported, HttpStatusCode.Created);
        await Drafts.ExpectAsync<SegmentationResponse>(world.Client, HttpMethod.Post,
            $"/api/ads/candidates/segments/compute?clientProfileId={other}", world.AdminA, null, HttpStatusCode.OK);
        var orphan = await CandidateCalls.SegmentWithContactsAsync(world.Client, world.AdminA, other);
        (status, problem) = await Drafts.SendAsync(world.Client, HttpMethod.Post, $"/api/ads/candidates/segments/{orphan}/audience", world.AdminA, new { phoneCountryCode = "34" });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotNull(problem!["errors"]!["platform"]);
        Assert.NotEqual(profile, other);
    }
}
