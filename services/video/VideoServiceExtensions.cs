using AdFlux.Video.Data;
using AdFlux.ServiceDefaults;
using AdFlux.ServiceDefaults.Data;
using AdFlux.ServiceDefaults.Messaging;

namespace AdFlux.Video;

public static class VideoServiceExtensions
{
    public static IHostApplicationBuilder AddVideoServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<VideoDbContext>(ResourceNames.DatabaseOf(ResourceNames.Video));
        builder.AddServiceBus(ResourceNames.Video, typeof(VideoServiceExtensions).Assembly);
        return builder;
    }
}
