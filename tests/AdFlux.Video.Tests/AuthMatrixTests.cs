using System.Net;
using System.Net.Http.Json;
using AdFlux.Testing.Auth;
using AdFlux.Video.Api;

namespace AdFlux.Video.Tests;

[Collection(VideoCollection.Name)]
public sealed class AuthMatrixTests(VideoWorld world)
{
    // Every video endpoint with a JSON or empty body; the raw-body ones are proven below.
    public static readonly AuthMatrix Matrix = new AuthMatrix(apiKeys: false, clientProfiles: false)
        .Get("/api/video/videos")
        .Get("/api/video/videos/{video}")
        .Get("/api/video/videos/{video}/source")
        .Get("/api/video/videos/{video}/analysis")
        .Get("/api/video/jobs")
        .Get("/api/video/jobs/{job}")
        .Get("/api/video/jobs/{job}/events")
        .Post("/api/video/jobs/{job}/cancel")
        .Get("/api/video/clips")
        .Get("/api/video/clips/{clip}")
        .Get("/api/video/clips/{clip}/thumbnail")
        .Get("/api/video/variants")
        .Post("/api/video/clips/{clip}/variants", _ => new { formats = new[] { "1:1" } })
        .Get("/api/video/debug/jobs/summary", Access.Admin)
        .Get("/api/video/debug/clips/summary", Access.Admin)
        .Post("/api/video/uploads/sessions", _ => new { fileName = "matrix.mp4", contentType = "video/mp4", totalBytes = 1000 })
        .Get("/api/video/uploads/sessions/{session}", Access.Admin)
        .Delete("/api/video/uploads/sessions/{abandoned}")
        .Get("/api/video/publications")
        .Get("/api/video/rules")
        .Post("/api/video/rules", _ => new { platform = "youtube", clipSeconds = new[] { 30 } })
        .Get("/api/video/rules/proposals")
        .Get("/api/video/rules/proposals/{proposal}");

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static AuthMatrixWorld? _matrixWorld;

    public static TheoryData<string, string> Cases => Matrix.Cases();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Every_endpoint_enforces_authentication_roles_and_tenancy(string endpoint, string check) =>
        await Matrix.VerifyAsync(endpoint, check, await MatrixWorldAsync());

    [Fact]
    public async Task Raw_body_uploads_need_an_admin_of_the_sessions_tenant()
    {
        var matrix = await MatrixWorldAsync();
        var bytes = await File.ReadAllBytesAsync(await TestMedia.SmallMp4Async(seed: 40));
        using var anonymous = world.Factory.CreateClient();
        using var viewer = world.Client(matrix.A.ViewerToken);
        using var otherAdmin = world.Client(matrix.B.AdminToken);
        var session = Guid.Parse(matrix.A.Resources["session"]);

        Assert.Equal(HttpStatusCode.Unauthorized, (await Uploads.MultipartAsync(anonymous, bytes)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Uploads.MultipartAsync(viewer, bytes)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Uploads.ChunkAsync(anonymous, session, 0, bytes.AsMemory(0, 10))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Uploads.ChunkAsync(viewer, session, 0, bytes.AsMemory(0, 10))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Uploads.ChunkAsync(otherAdmin, session, 0, bytes.AsMemory(0, 10))).StatusCode);
        var complete = $"/api/video/uploads/sessions/{session}/complete";
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync(complete, null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsync(complete, null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.PostAsync(complete, null)).StatusCode);
    }

    private async Task<AuthMatrixWorld> MatrixWorldAsync()
    {
        await Gate.WaitAsync();
        try
        {
            return _matrixWorld ??= new AuthMatrixWorld(world.Factory.CreateClient(), await TenantAsync("A", world.TenantA, 41), await TenantAsync("B", world.TenantB, 42));
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>A proposal as the metrics consumer records it (its making is proven in RulesProposalTests).</summary>
    private async Task<Guid> ProposalAsync(Guid tenant)
    {
        await using var db = world.Db(tenant);
        var proposal = new Domain.RulesProposal
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenant,
            Platform = "instagram",
            RulesJson = """{"clip_seconds":"30"}""",
            RankingsJson = "[]",
            Reason = "matrix",
            SampleSize = 3,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        db.RulesProposals.Add(proposal);
        await db.SaveChangesAsync();
        return proposal.Id;
    }

    private async Task<MatrixTenant> TenantAsync(string name, Guid tenant, int seed)
    {
        var admin = TestTokens.Admin(tenant);
        using var client = world.Client(admin);
        var video = await Uploads.UploadVideoAsync(client, await TestMedia.SmallMp4Async(seconds: 14, seed: seed));
        var job = await Jobs.AnalysisOfAsync(client, video.Id);
        Assert.Equal("succeeded", job.State);
        var clips = await client.GetFromJsonAsync<List<ClipResponse>>($"/api/video/clips?videoId={video.Id}", Uploads.Json);
        var session = await Uploads.CreateSessionAsync(client, 10);
        var abandoned = await Uploads.CreateSessionAsync(client, 10);
        var proposal = await ProposalAsync(tenant);
        return new MatrixTenant(name, tenant, Guid.NewGuid(), admin, TestTokens.Viewer(tenant), null, null, new Dictionary<string, string>
        {
            ["video"] = video.Id.ToString(),
            ["job"] = job.Id.ToString(),
            ["clip"] = clips![0].Id.ToString(),
            ["session"] = session.Id.ToString(),
            ["abandoned"] = abandoned.Id.ToString(),
            ["proposal"] = proposal.ToString(),
        });
    }
}
