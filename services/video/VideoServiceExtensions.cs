using AdFlux.ServiceDefaults;
using AdFlux.ServiceDefaults.Data;
using AdFlux.ServiceDefaults.Messaging;
using AdFlux.Video.CutAnalysis;
using AdFlux.Video.Data;
using AdFlux.Video.Jobs;
using AdFlux.Video.Media;
using AdFlux.Video.Rules;
using AdFlux.Video.Storage;
using AdFlux.Video.Uploads;
using AdFlux.Video.Variants;

namespace AdFlux.Video;

public static class VideoServiceExtensions
{
    public static IHostApplicationBuilder AddVideoServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<VideoDbContext>(ResourceNames.DatabaseOf(ResourceNames.Video));
        builder.AddServiceBus(ResourceNames.Video, typeof(VideoServiceExtensions).Assembly);
        builder.Services.AddOptions<VideoOptions>().BindConfiguration(VideoOptions.Section);
        // Without ffmpeg the service cannot do anything useful: stop now, naming the install command.
        FfmpegSetup.Configure(Path.Combine(Path.GetTempPath(), "adflux-video-ffmpeg"));
        builder.AddMediaStorage();
        builder.Services.AddSingleton<FfmpegGate>();
        builder.Services.AddSingleton<MediaValidator>();
        builder.Services.AddScoped<UploadIntake>();
        builder.Services.AddSingleton<AnalysisPass>();
        builder.Services.AddSingleton<IJobHandler, CutAnalysisHandler>();
        builder.Services.AddSingleton<VariantRenderer>();
        builder.Services.AddSingleton<IJobHandler, RenderVariantsHandler>();
        builder.Services.AddSingleton<RulesProposer>();
        builder.Services.AddSingleton<JobSignal>();
        builder.Services.AddSingleton<RunningJobs>();
        builder.Services.AddHostedService<JobWorker>();
        return builder;
    }
}
