using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using AdFlux.Video.Api;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Video.Tests;

[Collection(VideoCollection.Name)]
public sealed class UploadTests(VideoWorld world)
{
    [Fact]
    public async Task A_valid_video_is_probed_stored_and_the_same_bytes_again_are_the_same_asset()
    {
        using var client = world.AdminA();
        var bytes = await File.ReadAllBytesAsync(await TestMedia.SmallMp4Async(seed: 1));

        var first = await Uploads.MultipartAsync(client, bytes, "first.mp4");
        var second = await Uploads.MultipartAsync(client, bytes, "again.mp4");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var created = (await first.Content.ReadFromJsonAsync<VideoResponse>(Uploads.Json))!;
        var duplicate = (await second.Content.ReadFromJsonAsync<VideoResponse>(Uploads.Json))!;
        Assert.Equal(created.Id, duplicate.Id);
        Assert.True(duplicate.Duplicate);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), created.Sha256);
        Assert.Equal((160, 90, "h264", "aac"), (created.Width, created.Height, created.VideoCodec, created.AudioCodec));
        Assert.Equal(10, created.FramesPerSecond, 1);
        Assert.InRange(created.DurationSeconds, 1.9, 2.2);
        await using var db = world.Db(world.TenantA);
        Assert.Equal(1, await db.Videos.CountAsync(v => v.Sha256 == created.Sha256));
        var events = await db.Set<ServiceDefaults.Outbox.OutboxMessage>().AsNoTracking().ToListAsync();
        Assert.Single(events, m => m.MessageType.Contains(".VideoUploaded,", StringComparison.Ordinal) && m.Payload.Contains(created.Id.ToString()));
        Assert.Empty(world.StoredFiles("staging"));
    }

    [Fact]
    public async Task The_same_bytes_for_another_tenant_are_another_asset()
    {
        var bytes = await File.ReadAllBytesAsync(await TestMedia.SmallMp4Async(seed: 2));
        using var a = world.AdminA();
        using var b = world.Client(AdFlux.Testing.Auth.TestTokens.Admin(world.TenantB));

        var forA = await (await Uploads.MultipartAsync(a, bytes)).Content.ReadFromJsonAsync<VideoResponse>(Uploads.Json);
        var forB = await (await Uploads.MultipartAsync(b, bytes)).Content.ReadFromJsonAsync<VideoResponse>(Uploads.Json);

        Assert.NotEqual(forA!.Id, forB!.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync($"/api/video/videos/{forA.Id}")).StatusCode);
    }

    public static TheoryData<string> BadFiles => ["text", "empty", "truncated", "corrupt", "audio-only"];

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task An_unusable_file_answers_422_with_the_reason_and_nothing_is_kept(string kind)
    {
        using var client = world.AdminA();
        var valid = await File.ReadAllBytesAsync(await TestMedia.SmallMp4Async(seconds: 3, seed: 3));
        var bytes = kind switch
        {
            "text" => Encoding.UTF8.GetBytes("this is not a video, it is a note\n"),
            "empty" => [],
            "truncated" => valid[..(valid.Length * 2 / 3)],
            "corrupt" => Corrupt(valid),
            "audio-only" => await File.ReadAllBytesAsync(await TestMedia.MakeAsync("tone.m4a", "-f lavfi -i sine=frequency=300:duration=2 -c:a aac")),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        var before = await CountVideosAsync();

        var response = await Uploads.MultipartAsync(client, bytes, $"{kind}.mp4");

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{kind}: {(int)response.StatusCode} {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"file\"", body);
        Assert.Equal(before, await CountVideosAsync());
        Assert.Empty(world.StoredFiles("staging"));
    }

    [Fact]
    public async Task A_file_declared_as_a_non_video_type_answers_415_and_a_request_without_a_file_400()
    {
        using var client = world.AdminA();
        var bytes = await File.ReadAllBytesAsync(await TestMedia.SmallMp4Async(seed: 4));

        var wrongType = await Uploads.MultipartAsync(client, bytes, "notes.txt", "text/plain");
        var json = await client.PostAsJsonAsync("/api/video/uploads", new { file = "x" });
        var noFile = await client.PostAsync("/api/video/uploads", new MultipartFormDataContent { { new StringContent("x"), "other" } });

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, wrongType.StatusCode);
        Assert.Contains("text/plain", await wrongType.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noFile.StatusCode);
        Assert.Empty(world.StoredFiles("staging"));
    }

    [Fact]
    public async Task An_over_size_upload_answers_413_and_nothing_is_kept()
    {
        using var client = world.AdminA();
        var before = await CountVideosAsync();
        var big = new byte[VideoWorld.MaxSingleRequestBytes + 1];

        var single = await Uploads.MultipartAsync(client, big);
        var session = await client.PostAsJsonAsync("/api/video/uploads/sessions", new { fileName = "huge.mp4", contentType = "video/mp4", totalBytes = 1L << 40 });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, single.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, session.StatusCode);
        Assert.Equal(before, await CountVideosAsync());
        Assert.Empty(world.StoredFiles("staging"));
    }

    [Fact]
    public async Task A_resumed_chunked_upload_yields_the_same_hash_as_the_file()
    {
        using var client = world.AdminA();
        var bytes = await File.ReadAllBytesAsync(await TestMedia.SmallMp4Async(seconds: 3, seed: 5));
        var session = await Uploads.CreateSessionAsync(client, bytes.Length);
        var half = bytes.Length / 2;

        Assert.Equal(HttpStatusCode.OK, (await Uploads.ChunkAsync(client, session.Id, 0, bytes.AsMemory(0, half))).StatusCode);
        // The client lost track: it asks how much arrived and resumes from there.
        var status = await client.GetFromJsonAsync<UploadSessionResponse>($"/api/video/uploads/sessions/{session.Id}", Uploads.Json);
        var rest = await Uploads.ChunkAsync(client, session.Id, status!.ReceivedBytes, bytes.AsMemory((int)status.ReceivedBytes));
        var complete = await client.PostAsync($"/api/video/uploads/sessions/{session.Id}/complete", null);

        Assert.Equal(half, status.ReceivedBytes);
        Assert.Equal(HttpStatusCode.OK, rest.StatusCode);
        Assert.Equal(HttpStatusCode.Created, complete.StatusCode);
        var video = await complete.Content.ReadFromJsonAsync<VideoResponse>(Uploads.Json);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), video!.Sha256);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/video/uploads/sessions/{session.Id}")).StatusCode);
        Assert.Empty(world.StoredFiles("sessions"));
    }

    [Fact]
    public async Task A_chunk_at_the_wrong_offset_answers_409_and_a_complete_before_all_chunks_409()
    {
        using var client = world.AdminA();
        var bytes = await File.ReadAllBytesAsync(await TestMedia.SmallMp4Async(seed: 6));
        var session = await Uploads.CreateSessionAsync(client, bytes.Length);
        await Uploads.ChunkAsync(client, session.Id, 0, bytes.AsMemory(0, 1000));

        var gap = await Uploads.ChunkAsync(client, session.Id, 2000, bytes.AsMemory(2000, 1000));
        var overlap = await Uploads.ChunkAsync(client, session.Id, 500, bytes.AsMemory(500, 1000));
        var early = await client.PostAsync($"/api/video/uploads/sessions/{session.Id}/complete", null);
        var tooMuch = await Uploads.ChunkAsync(client, session.Id, 1000, new byte[bytes.Length]);
        var noOffset = await client.PatchAsync($"/api/video/uploads/sessions/{session.Id}", new ByteArrayContent([1]));

        Assert.Equal(HttpStatusCode.Conflict, gap.StatusCode);
        Assert.Contains("offset 1000", await gap.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, overlap.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Contains("1000 of", await early.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooMuch.StatusCode);
        Assert.True(noOffset.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnsupportedMediaType);
        var status = await client.GetFromJsonAsync<UploadSessionResponse>($"/api/video/uploads/sessions/{session.Id}", Uploads.Json);
        Assert.Equal(1000, status!.ReceivedBytes);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/video/uploads/sessions/{session.Id}")).StatusCode);
        Assert.Empty(world.StoredFiles("sessions"));
    }

    [Fact]
    public async Task A_completed_session_with_an_invalid_file_answers_422_and_nothing_is_kept()
    {
        using var client = world.AdminA();
        var bytes = Encoding.UTF8.GetBytes(new string('x', 5000));
        var session = await Uploads.CreateSessionAsync(client, bytes.Length, "junk.mp4");
        await Uploads.ChunkAsync(client, session.Id, 0, bytes);
        var before = await CountVideosAsync();

        var complete = await client.PostAsync($"/api/video/uploads/sessions/{session.Id}/complete", null);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, complete.StatusCode);
        Assert.Equal(before, await CountVideosAsync());
        Assert.Empty(world.StoredFiles("sessions"));
        Assert.Empty(world.StoredFiles("staging"));
    }

    [Fact]
    public async Task Downloads_honour_range_requests()
    {
        using var client = world.AdminA();
        var path = await TestMedia.SmallMp4Async(seed: 7);
        var video = await Uploads.UploadVideoAsync(client, path);
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/video/videos/{video.Id}/source");
        request.Headers.Range = new System.Net.Http.Headers.RangeHeaderValue(100, 199);

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal((await File.ReadAllBytesAsync(path))[100..200], await response.Content.ReadAsByteArrayAsync());
    }

    private async Task<int> CountVideosAsync()
    {
        await using var db = world.Db(world.TenantA);
        return await db.Videos.CountAsync();
    }

    private static byte[] Corrupt(byte[] valid)
    {
        var copy = valid.ToArray();
        // Overwrite everything after the first 64 bytes: the header still says MP4, nothing else is real.
        new Random(7).NextBytes(copy.AsSpan(64));
        return copy;
    }
}
