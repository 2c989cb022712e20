using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AdFlux.ServiceDefaults.AI;

public static class ChatExtensions
{
    /// <summary>
    /// A chat model configured under <paramref name="section"/> (<see cref="ChatProviderOptions"/>),
    /// created by <see cref="ChatClients.Create"/> with the section's name; the HTTP client of that
    /// name gets the standard resilience handler like every other.
    /// </summary>
    public static IHostApplicationBuilder AddChatProvider(this IHostApplicationBuilder builder, string section)
    {
        builder.Services.AddOptions<ChatProviderOptions>(section).BindConfiguration(section);
        builder.Services.AddHttpClient(section);
        builder.Services.AddSingleton<ChatClients>();
        return builder;
    }
}
