using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace AdFlux.ServiceDefaults.Resilience;

/// <summary>Binds <c>Resilience:Http</c>, then a named client's own section on top.</summary>
internal sealed class HttpResilienceOptionsSetup(IConfiguration configuration) : IConfigureNamedOptions<HttpResilienceOptions>
{
    public void Configure(HttpResilienceOptions options) => Configure(Options.DefaultName, options);

    public void Configure(string? name, HttpResilienceOptions options)
    {
        var section = configuration.GetSection(HttpResilienceOptions.Section);
        section.Bind(options);
        if (!string.IsNullOrEmpty(name))
        {
            section.GetSection(name).Bind(options);
        }
    }
}
