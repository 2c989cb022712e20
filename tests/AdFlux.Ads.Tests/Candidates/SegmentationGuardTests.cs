using System.Net;
using AdFlux.Ads.Api;
using AdFlux.Ads.Candidates;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Ads.Tests.Candidates;

[Collection(AdsCollection.Name)]
public sealed class SegmentationGuardTests(AdsWorld world)
{
    private async Task<Guid> ProfileWithCandidatesAsync(int pairs)
    {
        var profile = await world.NewClientProfileAsync();
        var lines = new List<string> { CandidateCalls.Header };
        for (var i = 0; i < pairs; i++)
        {
            lines.Add($"react;node,{2 + i % 3},Madrid,bachelor,{40_000 + i % 7 * 1_000},immediate,,");
            lines.Add($"java;aws,{12 + i % 3},Valencia,master,{90_000 + i % 5 * 1_000},three_months,,");
        }
        using var imported = await CandidateCalls.ImportAsync(world.Client, world.AdminA, profile, string.Join('\n', lines));
        await CandidateCalls.ReadAsync<CandidateImportResponse>(imported, HttpStatusCode.Created);
        return profile;
    }

    [Fact]
    public async Task Two_segmentations_of_one_profile_at_once_answer_409_to_the_second_and_leave_one_set_of_segments()
    {
        var profile = await ProfileWithCandidatesAsync(pairs: 400);
        var path = $"/api/ads/candidates/segments/compute?clientProfileId={profile}";

        var answers = await Task.WhenAll(
            Drafts.SendAsync(world.Client, HttpMethod.Post, path, world.AdminA),
            Drafts.SendAsync(world.Client, HttpMethod.Post, path, world.AdminA));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], answers.Select(a => a.Status).Order());
        Assert.Equal("Segmentation already running.", answers.Single(a => a.Status == HttpStatusCode.Conflict).Body!["title"]!.GetValue<string>());
        await using var db = world.Db(world.Matrix.A.TenantId);
        var computations = await db.CandidateSegments.Where(s => s.ClientProfileId == profile).Select(s => s.ComputationId).Distinct().CountAsync();
        Assert.Equal(1, computations);
    }

    [Fact]
    public async Task A_segmentation_answers_409_while_another_session_holds_the_profile_lock_and_runs_once_it_is_released()
    {
        var profile = await ProfileWithCandidatesAsync(pairs: 6);
        var path = $"/api/ads/candidates/segments/compute?clientProfileId={profile}";
        await using var holder = world.Db(world.Matrix.A.TenantId);
        await holder.Database.OpenConnectionAsync();
        // As another instance mid-computation would: the profile's advisory lock, held by this session.
        await holder.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({SegmentationLock.KeyOf(profile)})");

        var (held, _) = await Drafts.SendAsync(world.Client, HttpMethod.Post, path, world.AdminA);
        await holder.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({SegmentationLock.KeyOf(profile)})");
        var (released, _) = await Drafts.SendAsync(world.Client, HttpMethod.Post, path, world.AdminA);

        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.OK), (held, released));
    }
}
