using AdFlux.ServiceDefaults;
using AdFlux.ServiceDefaults.Data;
using AdFlux.Video.Api;

namespace AdFlux.Video;

/// <summary>Entry point; a named class (not top-level statements) so tests can host several services at once.</summary>
public sealed class Program
{
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.AddVideoServices();
        var app = builder.Build();
        if (await app.RunMigrationsOnlyAsync())
        {
            return;
        }
        app.MapDefaultEndpoints();
        app.MapUploadsApi();
        app.MapVideosApi();
        app.MapJobsApi();
        app.MapClipsApi();
        app.MapVariantsApi();
        app.MapPublicationsApi();
        app.MapRulesProposalsApi();
        app.MapVideoDebugApi();
        await app.RunAsync();
    }
}
