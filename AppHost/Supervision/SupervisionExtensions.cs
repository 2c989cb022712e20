using Microsoft.Extensions.DependencyInjection;

namespace AdFlux.AppHost.Supervision;

public static class SupervisionExtensions
{
    public static IDistributedApplicationBuilder RestartResourcesThatCrash(this IDistributedApplicationBuilder builder)
    {
        if (!builder.ExecutionContext.IsPublishMode)
        {
            builder.Services.AddSingleton<RestartOnCrash>();
            builder.Eventing.Subscribe<BeforeStartEvent>((@event, cancellationToken) =>
            {
                _ = @event.Services.GetRequiredService<RestartOnCrash>().Start();
                return Task.CompletedTask;
            });
        }
        return builder;
    }

    public static IDistributedApplicationBuilder PrintStartupSummary(this IDistributedApplicationBuilder builder, IResourceBuilder<ProjectResource> gateway, AdminLogin? login, LocalData data)
    {
        if (login is not null)
        {
            builder.Services.AddSingleton(new StartupSummary.Settings(gateway, login, data));
            builder.Services.AddSingleton<StartupSummary>();
            builder.Eventing.Subscribe<BeforeStartEvent>((@event, cancellationToken) =>
            {
                _ = @event.Services.GetRequiredService<StartupSummary>().Start();
                return Task.CompletedTask;
            });
        }
        return builder;
    }
}
