using System.Net;
using System.Security.Cryptography;
using AdFlux.Ads.Api;
using AdFlux.Ads.Creatives.Copy;
using AdFlux.Ads.Creatives.Stock;
using AdFlux.Ads.Data;
using AdFlux.Ads.Platforms.Google;
using AdFlux.Ads.Platforms.Meta;
using AdFlux.Ads.Publishing;
using AdFlux.Ads.Studio.Assets;
using AdFlux.Ads.Studio.Variants;
using AdFlux.Ads.Tests.Candidates;
using AdFlux.Ads.Tests.Studio;
using AdFlux.Identity.Api.ClientProfiles;
using AdFlux.ServiceDefaults;
using AdFlux.ServiceDefaults.Auth;
using AdFlux.ServiceDefaults.Data;
using AdFlux.Testing;
using AdFlux.Testing.Auth;
using AdFlux.Identity.Api.Users;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SandboxProgram = AdFlux.PlatformSandbox.Program;

namespace AdFlux.Ads.Tests;

/// <summary>
/// Ads beside a real identity (the matrix world) with its platform clients pointed at an in-process
/// platform sandbox. Each matrix tenant gets, in both its client profiles, an ad account per platform
/// and a draft campaign with an ad set and an ad; functional tests make their own client profiles
/// (<see cref="NewClientProfileAsync"/>) so their accounts and sandbox counters are theirs alone.
/// </summary>
public sealed class AdsWorld : IAsyncLifetime
{
    public WebApplicationFactory<SandboxProgram> Sandbox { get; } = new();

    public MatrixWorldHost<Program> Host { get; private set; } = null!;

    public AuthMatrixWorld Matrix => Host.World;

    public ServiceFactory<Program> Service => Host.Service!;

    public HttpClient Client { get; private set; } = null!;

    public string AdminA => Matrix.A.AdminToken;

    private IsolatedResources? _mlResources;
    private IHttpMessageHandlerFactory? _adsHandlers;

    /// <summary>ml-detection, started on the first asset upload (the matrix seed makes one).</summary>
    public MlDetectionFactory MlDetection { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var sandboxRoot = Sandbox.Server.BaseAddress.ToString();
        _mlResources = await (await TestInfrastructure.SharedAsync()).IsolateAsync("adsml");
        // ml-detection checks identity's tokens through ads' own route to identity: it is first called
        // while the world is still being seeded, before Host is assigned.
        MlDetection = new MlDetectionFactory(_mlResources, () => _adsHandlers!.CreateHandler(IdentityClient.Name));
        Host = await MatrixWorldHost<Program>.StartAsync(ResourceNames.Ads, new MatrixWorldOptions
        {
            ConfigureService = host =>
            {
                host.UseSetting("Ads:Secrets:Key", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
                host.UseSetting("Ads:Platforms:MetaBaseUrl", sandboxRoot + "v21.0/");
                host.UseSetting("Ads:Platforms:GoogleAdsBaseUrl", sandboxRoot + "v21/");
                host.UseSetting("Ads:Platforms:GoogleTokenUrl", sandboxRoot + "token");
                host.UseSetting("Ads:Copy:SandboxEndpoint", sandboxRoot + "v1");
                host.UseSetting("Ads:Freepik:BaseUrl", sandboxRoot);
                host.UseSetting("Ads:Freepik:ApiKey", "FPSX-ads-tests");
                host.UseSetting("Ads:Publishing:PollInterval", "00:00:00.100");
                host.UseSetting("Ads:Publishing:RetryDelay", "00:00:00.100");
                host.UseSetting("Ads:Metrics:PollInterval", "00:00:00.100");
                host.UseSetting("Ads:Metrics:LookbackDays", "7");
                host.UseSetting("Ads:Audiences:BatchSize", "4");
                host.UseSetting("Messaging:RetryLimit", "2");
                host.UseSetting("Messaging:RetryMinInterval", "00:00:00.050");
                host.UseSetting("Messaging:RetryMaxInterval", "00:00:00.200");
                host.UseSetting("Messaging:RetryIntervalDelta", "00:00:00.050");
                host.UseSetting("Resilience:Http:Retry:Delay", "00:00:00.050");
                host.UseSetting("Logging:LogLevel:Default", "Warning");
                host.UseSetting(ResourceNames.ServiceUrlKey(ResourceNames.MlDetection), "http://ml-detection.test");
                host.ConfigureServices(services =>
                {
                    services.TrustTestSigningKey();
                    services.AddHttpClient<MetaAdsClient>().ConfigurePrimaryHttpMessageHandler(() => Sandbox.Server.CreateHandler());
                    services.AddHttpClient<GoogleAdsClient>().ConfigurePrimaryHttpMessageHandler(() => Sandbox.Server.CreateHandler());
                    services.AddHttpClient<ComplianceClient>().ConfigurePrimaryHttpMessageHandler(() => MlDetection.Server.CreateHandler());
                    services.AddSingleton<MlDetectionOutage>();
                    services.AddHttpClient<RegionsClient>().ConfigurePrimaryHttpMessageHandler(sp =>
                        new OutageHandler(sp.GetRequiredService<MlDetectionOutage>(), MlDetection.Server.CreateHandler()));
                    services.AddHttpClient<FreepikClient>().ConfigurePrimaryHttpMessageHandler(() => Sandbox.Server.CreateHandler());
                    services.AddHttpClient(CopyGenerator.Section).ConfigurePrimaryHttpMessageHandler(() => Sandbox.Server.CreateHandler());
                    services.AddSingleton<CrashSwitch>();
                    services.AddSingleton<IPublishStepObserver>(sp => sp.GetRequiredService<CrashSwitch>());
                });
            },
            Seed = async seed =>
            {
                await SeedAsync(seed);
                _adsHandlers = seed.Services.GetRequiredService<IHttpMessageHandlerFactory>();
                await StudioSeed.SeedAsync(seed, this);
            },
        });
        Client = Service.CreateClient();
    }

    public async Task DisposeAsync()
    {
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }
        await Sandbox.DisposeAsync();
        if (MlDetection is not null)
        {
            await MlDetection.DisposeAsync();
        }
        if (_mlResources is not null)
        {
            await _mlResources.DisposeAsync();
        }
    }

    /// <summary>A new viewer of tenant A (through identity), for a test's approvers: <see cref="TestTokens"/> then signs as them.</summary>
    public async Task<Guid> NewUserAsync() => (await StudioSeed.NewUserAsync(Host.IdentityClient, AdminA)).Id;

    /// <summary>Waits for ml-detection's database and models, starting it if need be.</summary>
    public Task MlReadyAsync() =>
        MlDetection.Services.GetRequiredService<DatabaseState<AdFlux.MlDetection.Data.MlDetectionDbContext>>().Migrated;

    public MlDetectionOutage MlOutage => Service.Services.GetRequiredService<MlDetectionOutage>();

    public CrashSwitch Crashes => Service.Services.GetRequiredService<CrashSwitch>();

    public HttpClient SandboxClient() => Sandbox.CreateClient();

    public AdsDbContext Db(Guid tenantId) =>
        new(MigrationSchema.OptionsFor<AdsDbContext>(Service.Resources.DatabaseConnectionString), new FixedTenantContext(tenantId));

    /// <summary>A fresh client profile of tenant A (through identity), so a test's accounts and campaigns are its own.</summary>
    public async Task<Guid> NewClientProfileAsync()
    {
        var created = await Drafts.ExpectAsync<ClientProfileResponse>(Host.IdentityClient, HttpMethod.Post, "/api/identity/client-profiles", AdminA,
            new { name = $"Artist {Guid.NewGuid():N}"[..30] }, HttpStatusCode.Created);
        return created.Id;
    }

    private static async Task SeedAsync(MatrixSeed seed)
    {
        await Eventually.WaitAsync(async () => (await seed.Client.GetAsync("/health")).StatusCode, status => status == HttpStatusCode.OK);
        foreach (var (profile, names) in new[] { (seed.ClientProfile, seed.Resources), (seed.OtherClientProfile, seed.OutOfScope) })
        {
            var account = await Drafts.PutAccountAsync(seed.Client, seed.AdminToken, Drafts.MetaAccount(profile, Sandboxes.NewMetaAccount()));
            await Drafts.PutAccountAsync(seed.Client, seed.AdminToken, Drafts.GoogleAccount(profile, Sandboxes.NewGoogleCustomer()));
            var campaign = await Drafts.FullDraftAsync(seed.Client, seed.AdminToken, profile, ads: 3);
            var doomedAdSet = await Drafts.CreateAdSetAsync(seed.Client, seed.AdminToken, campaign.Id);
            var doomed = await Drafts.CreateCampaignAsync(seed.Client, seed.AdminToken, Drafts.Campaign(profile));
            var publishable = await Drafts.FullDraftAsync(seed.Client, seed.AdminToken, profile);
            names["account"] = account.Id.ToString();
            names["campaign"] = campaign.Id.ToString();
            names["adSet"] = campaign.AdSets![0].Id.ToString();
            names["ad"] = campaign.AdSets[0].Ads[0].Id.ToString();
            names["doomedCampaign"] = doomed.Id.ToString();
            names["doomedAdSet"] = doomedAdSet.Id.ToString();
            names["doomedAd"] = campaign.AdSets[0].Ads[1].Id.ToString();
            names["variantAd"] = campaign.AdSets[0].Ads[2].Id.ToString();
            var abTest = await Drafts.ExpectAsync<AbTestResponse>(seed.Client, HttpMethod.Post, $"/api/ads/campaigns/{campaign.Id}/ab-tests", seed.AdminToken,
                Drafts.AbTest(campaign.AdSets[0].Ads[0].Id, campaign.AdSets[0].Ads[2].Id), HttpStatusCode.Created);
            names["abTest"] = abTest.Id.ToString();
            names["publishable"] = publishable.Id.ToString();
            names["candidate"] = (await CandidateCalls.SeedAsync(seed.Client, seed.AdminToken, profile)).ToString();
            var segment = await CandidateCalls.SegmentWithContactsAsync(seed.Client, seed.AdminToken, profile);
            // Uploaded now, so the matrix's recomputation of the profile's segments keeps it (audiences survive recomputation).
            await Drafts.ExpectAsync<SegmentAudienceResponse>(seed.Client, HttpMethod.Post, $"/api/ads/candidates/segments/{segment}/audience", seed.AdminToken,
                new { phoneCountryCode = "34" }, HttpStatusCode.OK);
            names["segment"] = segment.ToString();
            names["job"] = (await Drafts.ExpectAsync<JobResponse>(seed.Client, HttpMethod.Post, "/api/ads/jobs", seed.AdminToken, JobCalls.Job(profile), HttpStatusCode.Created)).Id.ToString();
            names["doomedJob"] = (await Drafts.ExpectAsync<JobResponse>(seed.Client, HttpMethod.Post, "/api/ads/jobs", seed.AdminToken, JobCalls.Job(profile, title: "Doomed"), HttpStatusCode.Created)).Id.ToString();
        }
        // Published campaigns for the state-changing endpoints, one per endpoint (their admin rows change them).
        foreach (var name in new[] { "live", "paused", "endable" })
        {
            var draft = await Drafts.FullDraftAsync(seed.Client, seed.AdminToken, seed.ClientProfile);
            await Drafts.ExpectAsync<CampaignResponse>(seed.Client, HttpMethod.Post, $"/api/ads/campaigns/{draft.Id}/publish", seed.AdminToken, null, HttpStatusCode.Accepted);
            var published = await Eventually.WaitAsync(() => Drafts.GetCampaignAsync(seed.Client, seed.AdminToken, draft.Id), c => c.Status == "active", TimeSpan.FromSeconds(30));
            Assert.Equal("active", published.Status);
            if (name == "paused")
            {
                await Drafts.ExpectAsync<CampaignResponse>(seed.Client, HttpMethod.Post, $"/api/ads/campaigns/{draft.Id}/pause", seed.AdminToken, null, HttpStatusCode.OK);
            }
            seed.Resources[name] = draft.Id.ToString();
        }
    }
}
