using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using AdFlux.AppHost.Infrastructure;
using AdFlux.Contracts.Ingest;
using AdFlux.Identity.Tenants;
using AdFlux.ServiceDefaults;
using AdFlux.ServiceDefaults.Data;
using AdFlux.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Playwright;
using Npgsql;

namespace AdFlux.Web.Tests.Support;

/// <summary>
/// The system a browser meets, in this process on real loopback ports: identity, insights and ledger
/// (own databases, one virtual host so identity's and ingest's events reach them), ads (on the platform
/// sandbox), the gateway, and
/// the web app behind it; plus Debian's Chromium driven by Playwright. Seeded through the APIs and the
/// broker as in production: two client profiles, a viewer limited to the first, and 40 days of figures
/// for each profile. A full Aspire.Hosting.Testing start takes over a minute on CI's two cores, so the
/// services are hosted in-process like the other test projects do.
/// </summary>
public sealed class WebSystem : IAsyncLifetime
{
    public const string AdminEmail = "admin@web.test";
    public const string AdminPassword = "correct horse battery staple";
    public const string ViewerEmail = "viewer@web.test";
    public const string ViewerPassword = "a viewer's long password";
    public const string ProfileName = "Artist One";
    public const string OtherProfileName = "Artist Two";
    public const int Days = 40;

    private readonly List<IAsyncDisposable> _disposables = [];
    private readonly Dictionary<string, string> _signedIn = new(StringComparer.Ordinal);
    private IPlaywright? _playwright;

    public Uri GatewayUrl { get; private set; } = null!;

    public KestrelHost<Program> Web { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public Guid TenantId { get; private set; }

    public Guid ProfileId { get; private set; }

    public Guid OtherProfileId { get; private set; }

    /// <summary>The daily reports the seed ran: one per client profile (<see cref="InsightsSeed"/>).</summary>
    public Guid ReportId { get; set; }

    public Guid OtherReportId { get; set; }

    /// <summary>The first profile's campaign published on the sandbox, with figures (<see cref="AdsSeed"/>).</summary>
    public Guid CampaignId { get; set; }

    public KestrelHost<AdFlux.Insights.Program> Insights { get; private set; } = null!;

    /// <summary>What <see cref="IngestSeed"/> and <see cref="StudioSeed"/> made: the delivery, the schedule and the requests in review.</summary>
    public IngestSeed.Seeded IngestSeeded { get; set; } = null!;

    public StudioSeed.Seeded StudioSeeded { get; set; } = null!;

    public Task MlMigrated { get; private set; } = Task.CompletedTask;
    /// <summary>The first profile's seeded video, its clip and the clip's 1:1 variant (<see cref="VideoSeed"/>), once <see cref="VideoSeeded"/> completes.</summary>
    public Guid VideoId { get; set; }

    public Guid ClipId { get; set; }

    public Guid VariantId { get; set; }

    /// <summary>Runs while the other views' tests do: only the video tests wait for it.</summary>
    public Task VideoSeeded { get; private set; } = Task.CompletedTask;

    private string _insightsDatabase = null!;

    /// <summary>The UTC day the figures end on (yesterday: a day fully observed).</summary>
    public DateOnly LastDay { get; } = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);

    /// <summary>Views of the first profile's YouTube channel on a day <paramref name="daysBeforeLast"/> before <see cref="LastDay"/>.</summary>
    public static double ViewsOf(int daysBeforeLast) => 1000 + 10 * daysBeforeLast;

    /// <summary>The other profile's daily views: far larger, so leaking them into the viewer's totals shows.</summary>
    public static double OtherViewsOf(int daysBeforeLast) => 50_000 + daysBeforeLast;

    public async Task InitializeAsync()
    {
        var infrastructure = await TestInfrastructure.SharedAsync();
        await Prerequisites.EnsureAsync([Prerequisites.Chromium], Console.WriteLine, CancellationToken.None);
        var identityResources = Track(await infrastructure.IsolateAsync("web_identity"));
        var insightsDb = Track(await SharingVirtualHostAsync(infrastructure, identityResources, "web_insights"));
        var ledgerDb = Track(await SharingVirtualHostAsync(infrastructure, identityResources, "web_ledger"));

        var identity = Track(new KestrelHost<AdFlux.Identity.Program>(ResourceNames.Identity, "http://127.0.0.1:0", Backed(ResourceNames.Identity, identityResources, new()
        {
            ["Identity:Bootstrap:TenantName"] = "Web Test Label",
            ["Identity:Bootstrap:AdminEmail"] = AdminEmail,
            ["Identity:Bootstrap:AdminPassword"] = AdminPassword,
        })));
        await identity.Services.GetServices<IHostedService>().OfType<IdentityBootstrapper>().Single().Ready;
        var callsIdentity = new Dictionary<string, string?> { [ResourceNames.ServiceUrlKey(ResourceNames.Identity)] = identity.Url.ToString() };
        // The platform sandbox's chat endpoint writes the daily reports' readings, as in a deployment without a model key.
        var sandbox = Track(new KestrelHost<AdFlux.PlatformSandbox.Program>("platform-sandbox", "http://127.0.0.1:0", new Dictionary<string, string?>()));
        var insights = Insights = Track(new KestrelHost<AdFlux.Insights.Program>(ResourceNames.Insights, "http://127.0.0.1:0", Backed(ResourceNames.Insights, insightsDb,
            new Dictionary<string, string?>(callsIdentity)
            {
                ["Insights:Chat:SandboxEndpoint"] = new Uri(sandbox.Url, "v1").ToString(),
                ["Insights:Reports:PollInterval"] = "00:00:00.200",
                // The webhook test's receiver is on loopback; one retry, far enough off that the log shows it pending.
                ["Insights:Webhooks:AllowPrivateTargets"] = "true",
                ["Insights:Webhooks:PollInterval"] = "00:00:00.200",
                ["Insights:Webhooks:RetryDelays:0"] = "00:10:00",
            })));
        var ledger = Track(new KestrelHost<AdFlux.Ledger.Program>(ResourceNames.Ledger, "http://127.0.0.1:0", Backed(ResourceNames.Ledger, ledgerDb, callsIdentity)));
        // Ads publishes to and pulls figures from the platform sandbox's Meta API. Its own virtual host: its
        // events would otherwise add alerts and ledger entries the other views' tests count.
        var adsResources = Track(await infrastructure.IsolateAsync("web_ads"));
        var sandboxRoot = sandbox.Url.ToString();
        // ml-detection scores the studio's assets for ads; ingest pulls from the sandbox. Own virtual hosts, as for ads.
        var ml = Track(new KestrelHost<AdFlux.MlDetection.Program>(ResourceNames.MlDetection, "http://127.0.0.1:0", Backed(ResourceNames.MlDetection,
            Track(await infrastructure.IsolateAsync("web_ml")), StudioSeed.MlSettings(callsIdentity))));
        var ingest = Track(new KestrelHost<AdFlux.Ingest.Program>(ResourceNames.Ingest, "http://127.0.0.1:0", Backed(ResourceNames.Ingest,
            Track(await infrastructure.IsolateAsync("web_ingest")), IngestSeed.Settings(callsIdentity, sandboxRoot))));
        var ads = Track(new KestrelHost<AdFlux.Ads.Program>(ResourceNames.Ads, "http://127.0.0.1:0", Backed(ResourceNames.Ads, adsResources,
            new Dictionary<string, string?>(callsIdentity)
            {
                ["Ads:Secrets:Key"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
                ["Ads:Platforms:MetaBaseUrl"] = sandboxRoot + "v21.0/",
                ["Ads:Platforms:GoogleAdsBaseUrl"] = sandboxRoot + "v21/",
                ["Ads:Platforms:GoogleTokenUrl"] = sandboxRoot + "token",
                ["Ads:Publishing:PollInterval"] = "00:00:00.200",
                ["Ads:Metrics:PollInterval"] = "00:00:00.200",
                ["Ads:Metrics:LookbackDays"] = "7",
                [ResourceNames.ServiceUrlKey(ResourceNames.MlDetection)] = ml.Url.ToString(),
            })));

        var video = Track(await StartVideoAsync(infrastructure, callsIdentity));

        GatewayUrl = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        Web = Track(new KestrelHost<Program>(ResourceNames.Web, "http://127.0.0.1:0", new Dictionary<string, string?>
        {
            [ResourceNames.ServiceUrlKey(ResourceNames.Gateway)] = GatewayUrl.ToString(),
        }));
        Track(new KestrelHost<AdFlux.Gateway.Program>(ResourceNames.Gateway, GatewayUrl.ToString(), new Dictionary<string, string?>
        {
            [ResourceNames.ServiceUrlKey(ResourceNames.Identity)] = identity.Url.ToString(),
            [ResourceNames.ServiceUrlKey(ResourceNames.Insights)] = insights.Url.ToString(),
            [ResourceNames.ServiceUrlKey(ResourceNames.Ledger)] = ledger.Url.ToString(),
            [ResourceNames.ServiceUrlKey(ResourceNames.Ads)] = ads.Url.ToString(),
            [ResourceNames.ServiceUrlKey(ResourceNames.Ingest)] = ingest.Url.ToString(),
            [ResourceNames.ServiceUrlKey(ResourceNames.MlDetection)] = ml.Url.ToString(),
            [ResourceNames.ServiceUrlKey(ResourceNames.Video)] = video.Url.ToString(),
            [ResourceNames.ServiceUrlKey(ResourceNames.Web)] = Web.Url.ToString(),
        }));

        _insightsDatabase = insightsDb.DatabaseConnectionString;
        MlMigrated = ml.Services.GetRequiredService<DatabaseState<AdFlux.MlDetection.Data.MlDetectionDbContext>>().Migrated;
        await SeedAsync();
        VideoSeeded = VideoSeed.SeedAsync(this);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Prerequisites.ChromiumExecutable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        for (var i = _disposables.Count - 1; i >= 0; i--)
        {
            await _disposables[i].DisposeAsync();
        }
        NpgsqlConnection.ClearAllPools();
    }

    /// <summary>A browser tab in a fresh context (no cookies) with the given <c>Accept-Language</c>/locale.</summary>
    public async Task<IPage> NewPageAsync(string locale = "en-US", int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = GatewayUrl.ToString(),
            Locale = locale,
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        return page;
    }

    /// <summary>
    /// A tab signed in as <paramref name="email"/> at <paramref name="path"/>: the first call per user signs in
    /// through the form, later ones reuse its cookie (a server-side session each test may read but not end).
    /// </summary>
    public async Task<IPage> SignedInPageAsync(string email, string password, string path = "/", int width = 1280, int height = 900)
    {
        if (!_signedIn.TryGetValue(email, out var state))
        {
            var first = await NewPageAsync();
            await Browsing.SignInAsync(first, email, password);
            state = _signedIn[email] = await first.Context.StorageStateAsync();
            await first.Context.CloseAsync();
        }
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = GatewayUrl.ToString(),
            Locale = "en-US",
            StorageState = state,
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        await page.GotoAsync(path);
        await Browsing.WaitForCircuitAsync(page);
        return page;
    }

    /// <summary>An API client through the gateway, signed in as <paramref name="email"/>.</summary>
    public async Task<HttpClient> ApiClientAsync(string email, string password)
    {
        var client = new HttpClient { BaseAddress = GatewayUrl };
        using var login = await client.PostAsJsonAsync("/api/identity/login", new { email, password });
        login.EnsureSuccessStatusCode();
        var token = (string?)(await login.Content.ReadFromJsonAsync<JsonNode>())!["accessToken"];
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task SeedAsync()
    {
        using var admin = await ApiClientAsync(AdminEmail, AdminPassword);
        ProfileId = await CreateAsync(admin, "/api/identity/client-profiles", new { name = ProfileName });
        OtherProfileId = await CreateAsync(admin, "/api/identity/client-profiles", new { name = OtherProfileName });
        await CreateAsync(admin, "/api/identity/users", new { email = ViewerEmail, password = ViewerPassword, role = "viewer", clientProfileIds = new[] { ProfileId } });
        var me = await admin.GetFromJsonAsync<JsonNode>("/api/identity/users/me");
        TenantId = Guid.Parse((string)me!["tenantId"]!);
        // Comments and reports before the figures: the ledger view's test expects the metric events to be the newest.
        await InsightsSeed.SeedAsync(this, admin);
        // The studio's and ingest's seeds touch neither insights nor the ledger: they run beside the others.
        var sourcesAndStudio = Task.WhenAll(StudioSeed.SeedAsync(this), IngestSeed.SeedAsync(this));
        await AdsSeed.SeedAsync(this, admin);
        await sourcesAndStudio;

        var events = new List<PlatformMetricsReceived>();
        for (var before = 0; before < Days; before++)
        {
            var start = new DateTimeOffset(LastDay.AddDays(-before).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            events.Add(Metric(ProfileId, "youtube", "channel", "UC-artist-one", start, ("views", ViewsOf(before)), ("likes", 20)));
            events.Add(Metric(ProfileId, "spotify", "artist", "sp-artist-one", start, ("streams", 300 + before)));
            events.Add(Metric(OtherProfileId, "youtube", "channel", "UC-artist-two", start, ("views", OtherViewsOf(before))));
        }
        await PublishAndWaitAsync(events);
    }

    /// <summary>Publishes events as ingest would and waits until insights has handled all of them (its inbox counts them).</summary>
    public async Task PublishAndWaitAsync<TEvent>(IReadOnlyCollection<TEvent> events)
        where TEvent : class
    {
        var before = await InboxCountAsync();
        var bus = Insights.Services.GetRequiredService<IBus>();
        foreach (var message in events)
        {
            await bus.Publish(message);
        }
        var handled = await Eventually.WaitAsync(InboxCountAsync, count => count - before >= events.Count, TimeSpan.FromSeconds(120));
        Assert.True(handled - before >= events.Count, $"insights handled {handled - before} of {events.Count} {typeof(TEvent).Name} events");
    }

    private async Task<long> InboxCountAsync()
    {
        await using var connection = new NpgsqlConnection(_insightsDatabase);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM inbox_messages", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>A day's figures of one entity of a client profile of the tenant, as ingest publishes them.</summary>
    public PlatformMetricsReceived Metric(Guid profile, string platform, string entityType, string entityId, DateTimeOffset start, params (string Name, double Value)[] values) =>
        new(Guid.CreateVersion7(), TenantId, DateTimeOffset.UtcNow, profile, platform, entityType, entityId,
            values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal), start, start.AddDays(1));

    private static async Task<Guid> CreateAsync(HttpClient client, string path, object body)
    {
        using var response = await client.PostAsJsonAsync(path, body);
        var json = await response.Content.ReadFromJsonAsync<JsonNode>();
        Assert.True(response.IsSuccessStatusCode, $"POST {path}: {(int)response.StatusCode} {json}");
        return Guid.Parse((string)json!["id"]!);
    }

    /// <summary>
    /// Video with real ffmpeg on its own virtual host and media folder, set up as its own tests set it up, plus:
    /// clips of <see cref="VideoSeed.ClipSeconds"/> (the test videos are shorter), and the source read at twice real time,
    /// so a few seconds of analysis show progress moving.
    /// </summary>
    private async Task<KestrelHost<AdFlux.Video.Program>> StartVideoAsync(TestInfrastructure infrastructure, Dictionary<string, string?> callsIdentity)
    {
        await Prerequisites.EnsureAsync([Prerequisites.Ffmpeg], Console.WriteLine, CancellationToken.None);
        var resources = Track(await infrastructure.IsolateAsync("web_video"));
        var media = Path.Combine(Path.GetTempPath(), $"adflux-web-video-store-{Guid.NewGuid():N}");
        _disposables.Add(new DeletedFolder(media));
        var video = new KestrelHost<AdFlux.Video.Program>(ResourceNames.Video, "http://127.0.0.1:0", Backed(ResourceNames.Video, resources,
            new Dictionary<string, string?>(callsIdentity)
            {
                ["Video:StorageRoot"] = media,
                ["Video:MaxUploadBytes"] = (20 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Video:MaxConcurrentFfmpeg"] = "1",
                ["Video:JobRetryDelay"] = "00:00:00.200",
                ["Video:JobPollInterval"] = "00:00:00.200",
                ["Video:ClipLengths:0"] = VideoSeed.ClipSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Video:AnalysisReadRate"] = "2",
            }));
        await video.Services.GetRequiredService<AdFlux.ServiceDefaults.Data.DatabaseState<AdFlux.Video.Data.VideoDbContext>>().Migrated;
        return video;
    }

    private static Dictionary<string, string?> Backed(string service, IsolatedResources resources, Dictionary<string, string?> settings)
    {
        settings[$"ConnectionStrings:{ResourceNames.DatabaseOf(service)}"] = resources.DatabaseConnectionString;
        settings[$"ConnectionStrings:{ResourceNames.Messaging}"] = resources.MessagingConnectionString;
        return settings;
    }

    private static async Task<IsolatedResources> SharingVirtualHostAsync(TestInfrastructure infrastructure, IsolatedResources with, string name)
    {
        var database = $"{name}_{Guid.NewGuid():N}"[..30];
        await infrastructure.Postgres.EnsureDatabaseAsync(database);
        return new IsolatedResources(infrastructure, database, infrastructure.Postgres.ConnectionStringFor(database), with.MessagingConnectionString);
    }

    private T Track<T>(T disposable)
        where T : IAsyncDisposable
    {
        _disposables.Add(disposable);
        return disposable;
    }
}
