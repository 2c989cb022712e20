using System.Net;
using AdFlux.Ads.Api;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Ads.Tests.Candidates;

[Collection(AdsCollection.Name)]
public sealed class CandidateJsonImportTests(AdsWorld world)
{
    [Fact]
    public async Task Candidates_imported_as_JSON_are_stored_like_CSV_rows()
    {
        var profile = await world.NewClientProfileAsync();

        var imported = await Drafts.ExpectAsync<CandidateImportResponse>(world.Client, HttpMethod.Post, $"/api/ads/candidates?clientProfileId={profile}", world.AdminA,
            new[] { CandidateCalls.JsonCandidate(), CandidateCalls.JsonCandidate("Valencia", 12, "master", 90_000, email: null) }, HttpStatusCode.Created);

        Assert.Equal((2, 2), (imported.Imported, imported.Total));
        var stored = await Drafts.ExpectAsync<List<CandidateResponse>>(world.Client, HttpMethod.Get, $"/api/ads/candidates?clientProfileId={profile}", world.AdminA, null, HttpStatusCode.OK);
        Assert.Equal([(1, "Madrid", true), (2, "Valencia", false)], stored.OrderBy(c => c.SourceRow).Select(c => (c.SourceRow, c.Location, c.HasEmail)));
        Assert.Equal(["react", "node"], stored.Single(c => c.SourceRow == 1).Skills);
    }

    [Fact]
    public async Task A_JSON_import_is_for_admins_of_the_profile_s_tenant_only()
    {
        var profile = await world.NewClientProfileAsync();
        var otherTenantsProfile = Guid.Parse(world.Matrix.B.Resources["clientProfile"]);
        await using var tenantB = world.Db(world.Matrix.B.TenantId);
        var before = await tenantB.Candidates.CountAsync(c => c.ClientProfileId == otherTenantsProfile);

        using var anonymousCall = await world.Client.PostAsync($"/api/ads/candidates?clientProfileId={profile}", System.Net.Http.Json.JsonContent.Create(new[] { CandidateCalls.JsonCandidate() }));
        var anonymous = anonymousCall.StatusCode;
        var (viewer, _) = await Drafts.SendAsync(world.Client, HttpMethod.Post, $"/api/ads/candidates?clientProfileId={profile}", world.Matrix.A.ViewerToken, new[] { CandidateCalls.JsonCandidate() });
        var (foreign, problem) = await Drafts.SendAsync(world.Client, HttpMethod.Post, $"/api/ads/candidates?clientProfileId={otherTenantsProfile}", world.AdminA, new[] { CandidateCalls.JsonCandidate() });

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.BadRequest), (anonymous, viewer, foreign));
        Assert.NotNull(problem!["errors"]!["clientProfileId"]);
        Assert.Equal(before, await tenantB.Candidates.CountAsync(c => c.ClientProfileId == otherTenantsProfile));
    }

    [Fact]
    public async Task A_JSON_import_with_one_bad_candidate_names_each_fault_by_index_and_field_and_stores_nothing()
    {
        var profile = await world.NewClientProfileAsync();

        var (status, problem) = await Drafts.SendAsync(world.Client, HttpMethod.Post, $"/api/ads/candidates?clientProfileId={profile}", world.AdminA,
            new[] { CandidateCalls.JsonCandidate(), CandidateCalls.JsonCandidate(years: -1, education: "wizard"), CandidateCalls.JsonCandidate(email: "not an email") });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var errors = problem!["errors"]!.AsObject().Select(e => e.Key).Order().ToList();
        Assert.Equal(["[1].educationLevel", "[1].yearsOfExperience", "[2].email"], errors);
        var stored = await Drafts.ExpectAsync<List<CandidateResponse>>(world.Client, HttpMethod.Get, $"/api/ads/candidates?clientProfileId={profile}", world.AdminA, null, HttpStatusCode.OK);
        Assert.Empty(stored);
        (status, problem) = await Drafts.SendAsync(world.Client, HttpMethod.Post, $"/api/ads/candidates?clientProfileId={profile}", world.AdminA, Array.Empty<object>());
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotNull(problem!["errors"]!["body"]);
    }
}
