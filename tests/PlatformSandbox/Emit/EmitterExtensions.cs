namespace AdFlux.PlatformSandbox.Emit;

public static class EmitterExtensions
{
    /// <summary>The emitter runs only when <c>Sandbox:Emit:Enabled</c> is true.</summary>
    public static IServiceCollection AddSandboxEmitter(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EmitOptions>().BindConfiguration(EmitOptions.Section);
        services.AddHttpClient(WebhookEmitter.ClientName);
        services.AddSingleton(TimeProvider.System);
        if (configuration.GetValue<bool>($"{EmitOptions.Section}:Enabled"))
        {
            services.AddSingleton<WebhookEmitter>();
            services.AddHostedService(provider => provider.GetRequiredService<WebhookEmitter>());
        }
        return services;
    }
}
