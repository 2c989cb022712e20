using AdFlux.ServiceDefaults.Usage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AdFlux.ServiceDefaults.AI;

public static class ChatExtensions
{
    /// <summary>
    /// A chat model configured under <paramref name="section"/> (<see cref="ChatProviderOptions"/>),
    /// created by <see cref="ChatClients.Create"/> with the section's name; the HTTP client of that
    /// name gets the standard resilience handler like every other, and its calls are recorded with
    /// their tokens and cost (<see cref="ChatCallUsage"/>).
    /// </summary>
    public static IHostApplicationBuilder AddChatProvider(this IHostApplicationBuilder builder, string section)
    {
        builder.Services.AddOptions<ChatProviderOptions>(section).BindConfiguration(section);
        builder.Services.AddHttpClient(section).AddExternalCallRecording(services =>
        {
            var settings = services.GetRequiredService<IOptionsMonitor<ChatProviderOptions>>().Get(section);
            var provider = ChatCallUsage.ProviderOf(settings);
            return (provider.Name, (response, cancellationToken) => ChatCallUsage.ReadAsync(response, provider, settings, section, cancellationToken));
        });
        builder.Services.AddSingleton<ChatClients>();
        return builder;
    }
}
