using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using AdFlux.Ads.Api;
using AdFlux.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Ads.Tests.Candidates;

[Collection(AdsCollection.Name)]
public sealed class CandidateTests(AdsWorld world)
{
    private static readonly (string Skills, double Years, string Location, string Education, long Salary, string Availability)[] Kinds =
    [
        ("excel;sales;crm", 1, "Sevilla", "vocational", 24_000, "immediate"),
        ("react;node;typescript", 6, "Madrid", "bachelor", 45_000, "two_weeks"),
        ("java;kubernetes;aws", 15, "Barcelona", "master", 90_000, "three_months"),
    ];

    [Fact]
    public async Task Segmentation_recovers_generated_clusters_and_picks_their_k()
    {
        var profile = await world.NewClientProfileAsync();
        var (csv, labels) = Generate(perKind: 60, seed: 7);
        using var imported = await CandidateCalls.ImportAsync(world.Client, world.AdminA, profile, csv);
        var import = await CandidateCalls.ReadAsync<CandidateImportResponse>(imported, HttpStatusCode.Created);
        Assert.Equal(180, import.Imported);

        var computed = await Drafts.ExpectAsync<SegmentationResponse>(world.Client, HttpMethod.Post,
            $"/api/ads/candidates/segments/compute?clientProfileId={profile}", world.AdminA, null, HttpStatusCode.OK);
        Assert.Equal(Kinds.Length, computed.K);
        Assert.Equal(Kinds.Length, computed.Segments.Count);

        // Segment of each candidate, in CSV row order, against the generated kind of that row.
        var candidates = await Drafts.ExpectAsync<List<CandidateResponse>>(world.Client, HttpMethod.Get,
            $"/api/ads/candidates?clientProfileId={profile}&limit=1000", world.AdminA, null, HttpStatusCode.OK);
        var segmentOf = computed.Segments.SelectMany(s => s.MemberIds.Select(id => (id, s.Number))).ToDictionary(p => p.id, p => p.Number);
        var found = candidates.OrderBy(c => c.SourceRow).Select(c => segmentOf[c.Id]).ToList();
        Assert.True(AdjustedRandIndex(labels, found) >= 0.9, $"ARI {AdjustedRandIndex(labels, found)}");
        Assert.Contains(computed.Segments, s => s.Description.Contains("Madrid", StringComparison.Ordinal)
            && s.Description.Contains("Bachelor", StringComparison.Ordinal) && s.Description.Contains("react", StringComparison.Ordinal));

        var stored = await Drafts.ExpectAsync<SegmentationResponse>(world.Client, HttpMethod.Get,
            $"/api/ads/candidates/segments?clientProfileId={profile}", world.AdminA, null, HttpStatusCode.OK);
        Assert.Equal(computed.ComputationId, stored.ComputationId);
        Assert.Equal(computed.Segments.Select(s => s.Description), stored.Segments.Select(s => s.Description));

        // Deterministic: the same candidates give the same segments; the new run replaces the old.
        var again = await Drafts.ExpectAsync<SegmentationResponse>(world.Client, HttpMethod.Post,
            $"/api/ads/candidates/segments/compute?clientProfileId={profile}", world.AdminA, null, HttpStatusCode.OK);
        Assert.Equal(computed.Segments.Select(s => s.MemberIds.Order().ToList()), again.Segments.Select(s => s.MemberIds.Order().ToList()));
        Assert.Equal(computed.Silhouette, again.Silhouette, 1e-12);
        await using var db = world.Db(world.Matrix.A.TenantId);
        Assert.Equal(Kinds.Length, await db.CandidateSegments.CountAsync(s => s.ClientProfileId == profile));
        var events = (await db.Set<OutboxMessage>().Where(m => m.MessageType.StartsWith("AdFlux.Contracts.Ads.CandidateSegmentsComputed,")).ToListAsync())
            .Where(m => m.Payload.Contains(profile.ToString(), StringComparison.Ordinal)).ToList();
        Assert.Equal(2, events.Count);
        var counts = JsonNode.Parse(events.Single(e => e.Payload.Contains(again.ComputationId.ToString(), StringComparison.Ordinal)).Payload)!["segmentCounts"]!.AsObject();
        Assert.Equal(again.Segments.Select(s => s.Size).Order(), counts.Select(p => p.Value!.GetValue<int>()).Order());
    }

    [Fact]
    public async Task Bad_rows_are_refused_naming_row_and_column_and_nothing_is_stored()
    {
        var profile = await world.NewClientProfileAsync();
        var csv = string.Join('\n',
            CandidateCalls.Header,
            "react;node,5,Madrid,bachelor,45000,immediate,ana@example.test,+34 600 111 222",
            "react;node,five,Madrid,bachelor,45000,immediate,,",
            "\"java, spring\",7,Madrid,wizard,45000,someday,,",
            "react,3,Madrid,bachelor,-1,immediate,not-an-email,12",
            "react,3,Madrid");
        using var response = await CandidateCalls.ImportAsync(world.Client, world.AdminA, profile, csv);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        Assert.Equal(
            ["rows[2].years_of_experience", "rows[3].availability", "rows[3].education_level", "rows[4].desired_salary", "rows[4].email", "rows[4].phone", "rows[5]"],
            errors.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Contains("Row 3", errors["rows[3].education_level"]![0]!.GetValue<string>(), StringComparison.Ordinal);

        var stored = await Drafts.ExpectAsync<List<CandidateResponse>>(world.Client, HttpMethod.Get,
            $"/api/ads/candidates?clientProfileId={profile}", world.AdminA, null, HttpStatusCode.OK);
        Assert.Empty(stored);
        var (status, body) = await Drafts.SendAsync(world.Client, HttpMethod.Post, $"/api/ads/candidates/segments/compute?clientProfileId={profile}", world.AdminA);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotNull(body!["errors"]!["clientProfileId"]);
    }

    [Fact]
    public async Task A_missing_column_or_profile_is_refused_by_name()
    {
        var profile = await world.NewClientProfileAsync();
        using var noColumn = await CandidateCalls.ImportAsync(world.Client, world.AdminA, profile, "skills,location\nreact,Madrid");
        Assert.Equal(HttpStatusCode.BadRequest, noColumn.StatusCode);
        Assert.Contains("years_of_experience", JsonNode.Parse(await noColumn.Content.ReadAsStringAsync())!["errors"]!["header"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        using var unknownProfile = await CandidateCalls.ImportAsync(world.Client, world.AdminA, Guid.NewGuid(), CandidateCalls.SmallCsv());
        Assert.Equal(HttpStatusCode.BadRequest, unknownProfile.StatusCode);
        Assert.NotNull(JsonNode.Parse(await unknownProfile.Content.ReadAsStringAsync())!["errors"]!["clientProfileId"]);
    }

    /// <summary>Candidates of <see cref="Kinds"/> with jitter, shuffled; the kind of each CSV row.</summary>
    private static (string Csv, List<int> Labels) Generate(int perKind, int seed)
    {
        var random = new Random(seed);
        var rows = Enumerable.Range(0, Kinds.Length).SelectMany(kind => Enumerable.Repeat(kind, perKind)).ToArray();
        random.Shuffle(rows);
        var lines = new List<string> { CandidateCalls.Header };
        foreach (var kind in rows)
        {
            var k = Kinds[kind];
            var skills = k.Skills.Split(';').Where(_ => random.NextDouble() < 0.85).DefaultIfEmpty(k.Skills.Split(';')[0]);
            var years = Math.Max(0, k.Years + random.NextDouble() * 3 - 1).ToString("0.#", CultureInfo.InvariantCulture);
            var salary = k.Salary + random.Next(-4_000, 4_000);
            lines.Add($"{string.Join(';', skills)},{years},{k.Location},{k.Education},{salary},{k.Availability},,");
        }
        return (string.Join('\n', lines), [.. rows]);
    }

    /// <summary>Hubert and Arabie's adjusted Rand index of two labelings of the same items.</summary>
    private static double AdjustedRandIndex(IReadOnlyList<int> truth, IReadOnlyList<int> found)
    {
        static double Pairs(double n) => n * (n - 1) / 2;
        var table = truth.Zip(found).GroupBy(p => p).Select(g => (double)g.Count());
        var rows = truth.GroupBy(t => t).Select(g => (double)g.Count());
        var columns = found.GroupBy(f => f).Select(g => (double)g.Count());
        var index = table.Sum(Pairs);
        var rowPairs = rows.Sum(Pairs);
        var columnPairs = columns.Sum(Pairs);
        var expected = rowPairs * columnPairs / Pairs(truth.Count);
        var max = (rowPairs + columnPairs) / 2;
        return (index - expected) / (max - expected);
    }
}
