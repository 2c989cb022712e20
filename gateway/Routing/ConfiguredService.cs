using AdFlux.ServiceDefaults;

namespace AdFlux.Gateway.Routing;

/// <summary>A service behind the gateway, reached by name through service discovery.</summary>
public sealed record ConfiguredService(string Name)
{
    public Uri Address => ResourceNames.ServiceAddress(Name);
}
