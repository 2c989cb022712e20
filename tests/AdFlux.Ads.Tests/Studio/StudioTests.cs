using System.Net;
using System.Text.Json.Nodes;
using AdFlux.Ads.Api.Studio;
using AdFlux.Ads.Studio.ExternalLinks;
using AdFlux.ServiceDefaults.Outbox;
using AdFlux.Testing.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AdFlux.Ads.Tests.Studio;

[Collection(AdsCollection.Name)]
public sealed class StudioTests(AdsWorld world) : IAsyncLifetime
{
    private Guid _ana, _ben, _dan;

    public async Task InitializeAsync() => (_ana, _ben, _dan) = (await world.NewUserAsync(), await world.NewUserAsync(), await world.NewUserAsync());

    public Task DisposeAsync() => Task.CompletedTask;

    private HttpClient Client => world.Client;

    private string Admin => world.AdminA;

    private string As(Guid user) => TestTokens.Viewer(world.Matrix.A.TenantId, user);

    private async Task<(Guid Profile, Guid Campaign)> BrandedProfileAsync()
    {
        var profile = await world.NewClientProfileAsync();
        await StudioCalls.CreateBrandAsync(Client, Admin, profile);
        var campaign = await Drafts.CreateCampaignAsync(Client, Admin, Drafts.Campaign(profile));
        return (profile, campaign.Id);
    }

    private async Task<RequestResponse> InReviewAsync(Guid profile, params object[] steps)
    {
        var workflow = await StudioCalls.CreateWorkflowAsync(Client, Admin, steps);
        var request = await StudioCalls.CreateRequestAsync(Client, Admin, profile);
        return await StudioCalls.SubmitAsync(Client, Admin, request.Id, workflow.Id);
    }

    private async Task<List<string>> OutboxAsync(Guid requestId)
    {
        await using var db = world.Db(world.Matrix.A.TenantId);
        var rows = await db.Set<OutboxMessage>().Where(m => m.TenantId == world.Matrix.A.TenantId).Select(m => new { m.MessageType, m.Payload }).ToListAsync();
        return rows.Where(m => m.Payload.Contains(requestId.ToString(), StringComparison.Ordinal)).Select(m => m.MessageType).ToList();
    }

    [Fact]
    public async Task Compliance_gate_auto_approves_an_on_brand_creative_and_holds_an_off_brand_one_for_review_with_its_reasons()
    {
        var (profile, campaign) = await BrandedProfileAsync();
        var workflow = await StudioCalls.CreateWorkflowAsync(Client, Admin, StudioCalls.Step("any", [_ana], min: 0.6, auto: 0.8));
        var onBrand = await StudioCalls.CreateRequestAsync(Client, Admin, profile, campaign);
        var offBrand = await StudioCalls.CreateRequestAsync(Client, Admin, profile, campaign);

        var good = await StudioCalls.UploadAsync(Client, Admin, onBrand.Id, BrandImages.OnBrand());
        var bad = await StudioCalls.UploadAsync(Client, Admin, offBrand.Id, BrandImages.OffBrand());
        var approved = await StudioCalls.SubmitAsync(Client, Admin, onBrand.Id, workflow.Id);
        var held = await StudioCalls.SubmitAsync(Client, Admin, offBrand.Id, workflow.Id);
        var refused = await StudioCalls.DecideAsync(Client, As(_ana), offBrand.Id, "approved");
        var creatives = await Drafts.ExpectAsync<List<AssetResponse>>(Client, HttpMethod.Get, $"/api/ads/campaigns/{campaign}/creatives", Admin, null, HttpStatusCode.OK);

        Assert.True(good.Score >= 0.8, string.Join(" | ", good.Parts.Select(p => $"{p.Name} {p.Score}: {p.Reason}")));
        Assert.True(bad.Score < 0.6, string.Join(" | ", bad.Parts.Select(p => $"{p.Name} {p.Score}: {p.Reason}")));
        Assert.Equal(["colour", "logo", "typography", "layout"], bad.Parts.Select(p => p.Name));
        Assert.Equal(0, bad.Parts.Single(p => p.Name == "logo").Score);
        Assert.Equal("approved", approved.Status);
        Assert.Equal("auto", Assert.Single(approved.Decisions).Via);
        Assert.Equal("in_review", held.Status);
        Assert.Equal(1, held.CurrentStep!.Step.Number);
        Assert.Equal(bad.Score, held.ComplianceScore);
        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Contains("at least 0.6", refused.Body!["detail"]!.GetValue<string>());
        Assert.Contains("logo", refused.Body!["detail"]!.GetValue<string>());
        Assert.Equal([good.Id], creatives.Select(c => c.Id));
        Assert.Contains(await OutboxAsync(onBrand.Id), type => type.Contains("ContentRequestApproved", StringComparison.Ordinal));
        Assert.Empty(await OutboxAsync(offBrand.Id));
    }

    [Fact]
    public async Task An_upload_that_is_not_an_image_is_refused_naming_the_field_and_nothing_is_stored()
    {
        var (profile, _) = await BrandedProfileAsync();
        var request = await StudioCalls.CreateRequestAsync(Client, Admin, profile);

        var text = await Drafts.SendAsync(Client, HttpMethod.Post, $"/api/ads/studio/requests/{request.Id}/assets", Admin,
            StudioCalls.Asset("definitely not a picture"u8.ToArray()));
        var truncated = await Drafts.SendAsync(Client, HttpMethod.Post, $"/api/ads/studio/requests/{request.Id}/assets", Admin,
            StudioCalls.Asset(BrandImages.OnBrand()[..200]));
        var notBase64 = await Drafts.SendAsync(Client, HttpMethod.Post, $"/api/ads/studio/requests/{request.Id}/assets", Admin,
            new { fileName = "x.png", image = "%%%", platform = "tiktok" });
        var wrongPlatform = await Drafts.SendAsync(Client, HttpMethod.Post, $"/api/ads/studio/requests/{request.Id}/assets", Admin,
            StudioCalls.Asset(BrandImages.OnBrand(), platform: "youtube-shorts"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, text.Status);
        Assert.NotNull(text.Body!["errors"]!["image"]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, truncated.Status);
        Assert.Equal(HttpStatusCode.BadRequest, notBase64.Status);
        Assert.NotNull(notBase64.Body!["errors"]!["image"]);
        Assert.Equal(HttpStatusCode.BadRequest, wrongPlatform.Status);
        Assert.NotNull(wrongPlatform.Body!["errors"]!["platform"]);
        Assert.Empty((await StudioCalls.GetAsync(Client, Admin, request.Id)).Assets);
    }

    [Fact]
    public async Task Unknown_platforms_formats_colours_and_rules_answer_400_naming_the_field_and_nothing_is_created()
    {
        var profile = await world.NewClientProfileAsync();

        var request = await Drafts.SendAsync(Client, HttpMethod.Post, "/api/ads/studio/requests", Admin,
            new { clientProfileId = profile, title = "Bad", platforms = new[] { "myspace" }, formats = new[] { "100x100" } });
        var brand = await Drafts.SendAsync(Client, HttpMethod.Post, "/api/ads/studio/brands", Admin,
            new { clientProfileId = profile, name = "Bad", palette = new[] { "green-ish" }, logo = Convert.ToBase64String("<svg/>"u8.ToArray()), minContrast = 30 });
        var workflow = await Drafts.SendAsync(Client, HttpMethod.Post, "/api/ads/studio/workflows", Admin,
            StudioCalls.Workflow(StudioCalls.Step("all", role: "admin"), StudioCalls.Step("sometimes", [_ana])));

        Assert.Equal(HttpStatusCode.BadRequest, request.Status);
        Assert.NotNull(request.Body!["errors"]!["platforms[0]"]);
        Assert.NotNull(request.Body!["errors"]!["formats[0]"]);
        Assert.Equal(HttpStatusCode.BadRequest, brand.Status);
        Assert.NotNull(brand.Body!["errors"]!["palette[0]"]);
        Assert.NotNull(brand.Body!["errors"]!["logo"]);
        Assert.NotNull(brand.Body!["errors"]!["minContrast"]);
        Assert.Equal(HttpStatusCode.BadRequest, workflow.Status);
        Assert.NotNull(workflow.Body!["errors"]!["steps[0].rule"]);
        Assert.NotNull(workflow.Body!["errors"]!["steps[1].rule"]);
        await using var db = world.Db(world.Matrix.A.TenantId);
        Assert.False(await db.ContentRequests.AnyAsync(r => r.ClientProfileId == profile));
        Assert.False(await db.BrandProfiles.AnyAsync(b => b.ClientProfileId == profile));
    }

    [Fact]
    public async Task A_decision_by_someone_not_an_approver_is_refused_with_the_reason_and_another_tenant_gets_404()
    {
        var (profile, _) = await BrandedProfileAsync();
        var request = await InReviewAsync(profile, StudioCalls.Step("any", [_ana]));
        var b = world.Matrix.B;

        var stranger = await StudioCalls.DecideAsync(Client, As(_ben), request.Id, "approved");
        var otherTenant = await StudioCalls.DecideAsync(Client, TestTokens.Viewer(b.TenantId, _ana), request.Id, "approved");
        var otherAdmin = await StudioCalls.DecideAsync(Client, b.AdminToken, request.Id, "rejected", "no");
        var noComment = await StudioCalls.DecideAsync(Client, As(_ana), request.Id, "rejected");
        var after = await StudioCalls.GetAsync(Client, Admin, request.Id);

        Assert.Equal(HttpStatusCode.Forbidden, stranger.Status);
        Assert.Contains("not an approver of step 1", stranger.Body!["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, otherTenant.Status);
        Assert.Equal(HttpStatusCode.NotFound, otherAdmin.Status);
        Assert.Equal(HttpStatusCode.BadRequest, noComment.Status);
        Assert.NotNull(noComment.Body!["errors"]!["comment"]);
        Assert.Equal("in_review", after.Status);
        Assert.Empty(after.Decisions);
        Assert.Equal(request.History.Count, after.History.Count);
    }

    [Fact]
    public async Task An_approver_from_another_tenant_is_refused_when_the_workflow_is_made_and_nothing_is_created()
    {
        var stranger = (await StudioSeed.NewUserAsync(world.Host.IdentityClient, world.Matrix.B.AdminToken)).Id;

        var made = await Drafts.SendAsync(Client, HttpMethod.Post, "/api/ads/studio/workflows", Admin,
            new { name = "Cross-tenant " + stranger, steps = new[] { StudioCalls.Step("all", [_ana, stranger], escalateAfterMinutes: 60, escalateTo: stranger) } });

        Assert.Equal(HttpStatusCode.BadRequest, made.Status);
        Assert.NotNull(made.Body!["errors"]!["steps[0].approverUserIds[1]"]);
        Assert.NotNull(made.Body!["errors"]!["steps[0].escalateTo"]);
        Assert.Null(made.Body!["errors"]!["steps[0].approverUserIds[0]"]);
        await using var db = world.Db(world.Matrix.A.TenantId);
        Assert.False(await db.ApprovalWorkflows.AnyAsync(w => w.Name == "Cross-tenant " + stranger));
    }

    [Fact]
    public async Task Rejection_at_step_two_closes_the_request_announces_it_and_a_later_decision_is_a_conflict()
    {
        var (profile, _) = await BrandedProfileAsync();
        var request = await InReviewAsync(profile, StudioCalls.Step("any", [_ana]), StudioCalls.Step("any", [_ben]));

        var first = await StudioCalls.DecideAsync(Client, As(_ana), request.Id, "approved", "good");
        var second = await StudioCalls.DecideAsync(Client, As(_ben), request.Id, "rejected", "logo too small");
        var late = await StudioCalls.DecideAsync(Client, As(_ben), request.Id, "approved");
        var after = await StudioCalls.GetAsync(Client, Admin, request.Id);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal(HttpStatusCode.Conflict, late.Status);
        Assert.Contains("closed", late.Body!["detail"]!.GetValue<string>());
        Assert.Equal("rejected", after.Status);
        var last = after.History[^1];
        Assert.Equal(("in_review", "rejected", _ben, "logo too small"), (last.From, last.To, last.ActorUserId!.Value, last.Reason));
        Assert.Equal(2, after.Decisions.Count);
        Assert.Contains(await OutboxAsync(request.Id), type => type.Contains("ContentRequestRejected", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Changes_requested_sends_the_request_back_to_draft_recording_who_and_why()
    {
        var (profile, _) = await BrandedProfileAsync();
        var request = await InReviewAsync(profile, StudioCalls.Step("any", [_ana]));

        var changes = await StudioCalls.DecideAsync(Client, As(_ana), request.Id, "changes_requested", "Bigger logo, please");
        var after = await StudioCalls.GetAsync(Client, Admin, request.Id);
        var edit = await Drafts.SendAsync(Client, HttpMethod.Put, $"/api/ads/studio/requests/{request.Id}", Admin, StudioCalls.Request(profile));

        Assert.Equal(HttpStatusCode.OK, changes.Status);
        Assert.Equal("draft", after.Status);
        Assert.Equal(1, after.Round);
        Assert.Equal(["draft", "in_review", "changes_requested", "draft"], after.History.Select(h => h.To));
        Assert.Equal((_ana, "Bigger logo, please"), (after.History[2].ActorUserId!.Value, after.History[2].Reason));
        Assert.Equal(world.Matrix.A.AdminUserId, after.History[1].ActorUserId);
        Assert.Equal(HttpStatusCode.OK, edit.Status);
    }

    [Fact]
    public async Task A_delegate_decides_for_the_delegator_who_then_cannot()
    {
        var (profile, _) = await BrandedProfileAsync();
        var request = await InReviewAsync(profile, StudioCalls.Step("all", [_ana, _ben]));

        var delegation = await Drafts.SendAsync(Client, HttpMethod.Post, $"/api/ads/studio/requests/{request.Id}/delegations", As(_ana),
            new { toUserId = _dan, reason = "Away this week" });
        var byAna = await StudioCalls.DecideAsync(Client, As(_ana), request.Id, "approved");
        var byDan = await StudioCalls.DecideAsync(Client, As(_dan), request.Id, "approved", "for Ana");
        var byBen = await StudioCalls.DecideAsync(Client, As(_ben), request.Id, "approved");
        var after = await StudioCalls.GetAsync(Client, Admin, request.Id);

        Assert.Equal(HttpStatusCode.OK, delegation.Status);
        Assert.Equal(HttpStatusCode.Forbidden, byAna.Status);
        Assert.Equal(HttpStatusCode.OK, byDan.Status);
        Assert.Equal(HttpStatusCode.OK, byBen.Status);
        Assert.Equal("approved", after.Status);
        var vote = after.Decisions.Single(d => d.DeciderUserId == _dan);
        Assert.Equal((_ana, "delegate"), (vote.OnBehalfOf!.Value, vote.Via));
    }

    [Fact]
    public async Task An_external_link_decides_once_and_a_reused_expired_or_forged_link_changes_nothing()
    {
        var (profile, _) = await BrandedProfileAsync();
        var request = await InReviewAsync(profile, StudioCalls.Step("any", [_ana]));
        var other = await InReviewAsync(profile, StudioCalls.Step("any", [_ana]));
        using var anonymous = world.Service.CreateClient();
        var link = await Drafts.ExpectAsync<ExternalLinkResponse>(Client, HttpMethod.Post, $"/api/ads/studio/requests/{request.Id}/external-links", Admin,
            new { approverName = "client@label.test", expiresInHours = 48 }, HttpStatusCode.Created);
        var otherLink = await Drafts.ExpectAsync<ExternalLinkResponse>(Client, HttpMethod.Post, $"/api/ads/studio/requests/{other.Id}/external-links", Admin,
            new { approverName = "client@label.test" }, HttpStatusCode.Created);
        var signer = world.Service.Services.GetRequiredService<ExternalLinkSigner>();
        var claims = signer.Read(otherLink.Token)!;
        var expired = signer.Sign(claims with { ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1) });
        var forged = otherLink.Token[..^4] + (otherLink.Token.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");

        var view = await anonymous.GetAsync(link.ViewPath);
        var decision = await Anonymous(anonymous, link.DecisionPath, new { decision = "approved", comment = "Looks great" });
        var reused = await Anonymous(anonymous, link.DecisionPath, new { decision = "rejected", comment = "changed my mind" });
        var late = await Anonymous(anonymous, $"/api/ads/studio/external/{expired}/decision", new { decision = "approved" });
        var fake = await Anonymous(anonymous, $"/api/ads/studio/external/{forged}/decision", new { decision = "approved" });
        var lateView = await anonymous.GetAsync($"/api/ads/studio/external/{expired}");

        Assert.Equal(HttpStatusCode.OK, view.StatusCode);
        var shown = JsonNode.Parse(await view.Content.ReadAsStringAsync())!;
        Assert.Equal(request.Title, shown["title"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, decision.Status);
        Assert.Equal("approved", decision.Body!["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Gone, reused.Status);
        Assert.Contains("already used", reused.Body!["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Gone, late.Status);
        Assert.Contains("expired", late.Body!["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, fake.Status);
        Assert.Equal(HttpStatusCode.Gone, lateView.StatusCode);
        var approved = await StudioCalls.GetAsync(Client, Admin, request.Id);
        Assert.Equal("approved", approved.Status);
        Assert.Equal("external", Assert.Single(approved.Decisions).Via);
        var untouched = await StudioCalls.GetAsync(Client, Admin, other.Id);
        Assert.Equal(("in_review", 0), (untouched.Status, untouched.Decisions.Count));
    }

    [Fact]
    public async Task Manual_transitions_record_who_and_why_and_review_states_are_reached_only_through_decisions()
    {
        var (profile, campaign) = await BrandedProfileAsync();
        var request = await StudioCalls.CreateRequestAsync(Client, Admin, profile, campaign);
        var path = $"/api/ads/studio/requests/{request.Id}/transitions";

        var generating = await Drafts.SendAsync(Client, HttpMethod.Post, path, Admin, new { to = "generating", reason = "Copy being written" });
        var skip = await Drafts.SendAsync(Client, HttpMethod.Post, path, Admin, new { to = "approved", reason = "trust me" });
        var unknown = await Drafts.SendAsync(Client, HttpMethod.Post, path, Admin, new { to = "done" });
        await StudioCalls.UploadAsync(Client, Admin, request.Id, BrandImages.OnBrand());
        var workflow = await StudioCalls.CreateWorkflowAsync(Client, Admin, StudioCalls.Step("any", [_ana]));
        await StudioCalls.SubmitAsync(Client, Admin, request.Id, workflow.Id);
        await StudioCalls.DecideAsync(Client, As(_ana), request.Id, "approved", "ship it");
        var published = await Drafts.SendAsync(Client, HttpMethod.Post, path, Admin, new { to = "published", reason = "Live on TikTok" });
        var after = await StudioCalls.GetAsync(Client, Admin, request.Id);
        var creatives = await Drafts.ExpectAsync<List<AssetResponse>>(Client, HttpMethod.Get, $"/api/ads/campaigns/{campaign}/creatives", Admin, null, HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.OK, generating.Status);
        Assert.Equal(HttpStatusCode.Conflict, skip.Status);
        Assert.Contains("decisions", skip.Body!["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);
        Assert.NotNull(unknown.Body!["errors"]!["to"]);
        Assert.Equal(HttpStatusCode.OK, published.Status);
        Assert.Equal(["draft", "generating", "in_review", "approved", "published"], after.History.Select(h => h.To));
        Assert.Equal((world.Matrix.A.AdminUserId, "Copy being written"), (after.History[1].ActorUserId!.Value, after.History[1].Reason));
        Assert.Equal((_ana, "Every step approved."), (after.History[3].ActorUserId!.Value, after.History[3].Reason));
        Assert.Single(creatives);
    }

    [Fact]
    public async Task A_brand_profile_is_created_read_edited_and_deleted_and_a_second_one_for_the_profile_is_a_conflict()
    {
        var profile = await world.NewClientProfileAsync();
        var brand = await StudioCalls.CreateBrandAsync(Client, Admin, profile);

        var twice = await Drafts.SendAsync(Client, HttpMethod.Post, "/api/ads/studio/brands", Admin, StudioCalls.Brand(profile));
        var edited = await Drafts.ExpectAsync<BrandResponse>(Client, HttpMethod.Put, $"/api/ads/studio/brands/{brand.Id}", Admin,
            new { name = "Renamed", palette = new[] { "#000000" }, bannedWords = new[] { "free", "FREE" } }, HttpStatusCode.OK);
        var badEdit = await Drafts.SendAsync(Client, HttpMethod.Put, $"/api/ads/studio/brands/{brand.Id}", Admin,
            new { name = "Renamed", palette = new[] { "#000000" }, safeZonePlatforms = new[] { "myspace" } });
        var deleted = await Drafts.SendAsync(Client, HttpMethod.Delete, $"/api/ads/studio/brands/{brand.Id}", Admin);
        var gone = await Drafts.SendAsync(Client, HttpMethod.Get, $"/api/ads/studio/brands/{brand.Id}", Admin);

        Assert.True(brand.HasLogo);
        Assert.Equal("image/png", brand.LogoContentType);
        Assert.Equal(HttpStatusCode.Conflict, twice.Status);
        Assert.Equal(("Renamed", true), (edited.Name, edited.HasLogo));
        Assert.Equal(["free"], edited.BannedWords);
        Assert.Equal(HttpStatusCode.BadRequest, badEdit.Status);
        Assert.NotNull(badEdit.Body!["errors"]!["safeZonePlatforms[0]"]);
        Assert.Equal(HttpStatusCode.NoContent, deleted.Status);
        Assert.Equal(HttpStatusCode.NotFound, gone.Status);
    }

    private static async Task<(HttpStatusCode Status, JsonNode? Body)> Anonymous(HttpClient client, string path, object body)
    {
        using var response = await client.PostAsync(path, System.Net.Http.Json.JsonContent.Create(body));
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }
}
