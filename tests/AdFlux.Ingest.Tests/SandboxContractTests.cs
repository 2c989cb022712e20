using System.Security.Cryptography;
using System.Text.Json;
using AdFlux.Ingest.Platforms;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using SandboxProgram = AdFlux.PlatformSandbox.Program;

namespace AdFlux.Ingest.Tests;

/// <summary>Each platform client against the platform sandbox: the wire formats both sides speak must agree.</summary>
public sealed class SandboxContractTests : IAsyncLifetime
{
    private readonly WebApplicationFactory<SandboxProgram> _sandbox = new();
    private IOptions<PlatformOptions> _options = null!;
    private PlatformTokens _tokens = null!;

    public Task InitializeAsync()
    {
        var root = _sandbox.Server.BaseAddress.ToString();
        _options = Options.Create(new PlatformOptions
        {
            GoogleTokenUrl = root + "token",
            SheetsBaseUrl = root,
            YouTubeDataBaseUrl = root + "youtube/v3/",
            YouTubeAnalyticsBaseUrl = root + "v2/",
            SpotifyAccountsBaseUrl = root + "api/",
            SpotifyApiBaseUrl = root + "v1/",
        });
        _tokens = new PlatformTokens(Http(), new MemoryCache(new MemoryCacheOptions()), _options, TimeProvider.System);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    [Fact]
    public async Task Sheets_values_of_the_posts_and_comments_tabs_are_read_with_a_service_account_token()
    {
        var sheets = new SheetsClient(Http(), _tokens, _options);
        var account = ServiceAccount();

        var posts = await sheets.GetValuesAsync(account, "sheet-contract", "Posts", CancellationToken.None);
        var comments = await sheets.GetValuesAsync(account, "sheet-contract", "Comments!A:D", CancellationToken.None);
        var unknownTab = await Assert.ThrowsAsync<PlatformException>(() => sheets.GetValuesAsync(account, "sheet-contract", "Budget", CancellationToken.None));

        Assert.Equal(["post_url", "platform", "created_at", "content", "likes", "comments_count", "shares", "views"], posts.Values[0]);
        Assert.Equal(("Posts!A1:H13", "ROWS", 13), (posts.Range, posts.MajorDimension, posts.Values.Count));
        Assert.Equal(["post_url", "comment_text", "ownerUsername", "created_at"], comments.Values[0]);
        Assert.Equal(25, comments.Values.Count);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, unknownTab.Status);
    }

    [Fact]
    public async Task YouTube_statistics_and_the_daily_analytics_report_parse_and_are_deterministic()
    {
        var youtube = new YouTubeClient(Http(), _tokens, _options);
        var credential = new GoogleUserCredential("client-1", "secret-1", "refresh-1");
        var start = new DateOnly(2026, 11, 1);

        var channels = await youtube.GetChannelStatisticsAsync(credential, ["UCone", "UCtwo"], CancellationToken.None);
        var videos = await youtube.GetVideoStatisticsAsync(credential, ["vid-1"], CancellationToken.None);
        var report = await youtube.GetDailyChannelReportAsync(credential, "UCone", start, start.AddDays(2), CancellationToken.None);
        var again = await youtube.GetDailyChannelReportAsync(credential, "UCone", start, start.AddDays(2), CancellationToken.None);

        Assert.Equal(["UCone", "UCtwo"], channels.Select(c => c.Id));
        Assert.All(channels, c => Assert.True(c.Counts["viewCount"] > 0 && c.Counts.ContainsKey("subscriberCount") && c.Counts.ContainsKey("videoCount")));
        Assert.True(Assert.Single(videos).Counts.ContainsKey("likeCount"));
        Assert.Equal([start, start.AddDays(1), start.AddDays(2)], report.Select(d => d.Day));
        Assert.All(report, d => Assert.Equal(YouTubeClient.DailyReportMetrics.Order(), d.Metrics.Keys.Order()));
        Assert.Equal(report.Select(d => d.Metrics["views"]), again.Select(d => d.Metrics["views"]));
    }

    [Fact]
    public async Task Spotify_artist_and_top_tracks_are_read_with_a_client_credentials_token()
    {
        var spotify = new SpotifyClient(Http(), _tokens, _options);
        var credential = new SpotifyCredential("spotify-client", "spotify-secret");

        var artist = await spotify.GetArtistAsync(credential, "0OdUWJ0sBjDrqHygGUXeCF", CancellationToken.None);
        var tracks = await spotify.GetTopTracksAsync(credential, "0OdUWJ0sBjDrqHygGUXeCF", "US", CancellationToken.None);

        Assert.Equal("0OdUWJ0sBjDrqHygGUXeCF", artist.Id);
        Assert.InRange(artist.Popularity, 0, 100);
        Assert.True(artist.Followers > 0);
        Assert.Equal(5, tracks.Count);
        Assert.All(tracks, t => Assert.InRange(t.Popularity, 0, 100));
    }

    [Fact]
    public async Task A_refused_grant_is_a_credential_failure_not_a_retryable_one()
    {
        var youtube = new YouTubeClient(Http(), _tokens, _options);

        var refused = await Assert.ThrowsAsync<PlatformCredentialException>(() =>
            youtube.GetChannelStatisticsAsync(new GoogleUserCredential("client-1", "secret-1", ""), ["UCone"], CancellationToken.None));

        Assert.Equal("google", refused.Platform);
    }

    [Fact]
    public void A_service_account_key_file_without_its_private_key_is_refused_naming_the_field()
    {
        var json = JsonSerializer.Serialize(new { type = "service_account", client_email = "x@y.iam.gserviceaccount.com" });

        var error = Assert.Throws<ArgumentException>(() => GoogleServiceAccount.FromJson(json));

        Assert.Contains("private_key", error.Message, StringComparison.Ordinal);
    }

    private HttpClient Http() => new(_sandbox.Server.CreateHandler());

    private static GoogleServiceAccount ServiceAccount()
    {
        using var rsa = RSA.Create(2048);
        return GoogleServiceAccount.FromJson(JsonSerializer.Serialize(new
        {
            type = "service_account",
            client_email = "adflux-sheets@sandbox.iam.gserviceaccount.com",
            private_key_id = "key-1",
            private_key = rsa.ExportPkcs8PrivateKeyPem(),
        }));
    }
}
