using AdFlux.ServiceDefaults;
using AdFlux.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace AdFlux.Testing.Auth;

public static class TestAuthExtensions
{
    /// <summary>
    /// The service keeps trusting its real keys (identity's JWKS, or identity's own key ring)
    /// and also trusts <see cref="TestSigningKey.Trusted"/>, so tests can mint tokens.
    /// </summary>
    public static IServiceCollection TrustTestSigningKey(this IServiceCollection services)
    {
        var registered = services.LastOrDefault(descriptor => descriptor.ServiceType == typeof(ISigningKeySource) && !descriptor.IsKeyedService)
            ?? throw new InvalidOperationException("No ISigningKeySource is registered: call AddServiceDefaults() first.");
        services.Remove(registered);
        services.AddSingleton<ISigningKeySource>(provider => new TestTrustingSigningKeySource(Create(provider, registered)));
        return services;
    }

    /// <summary>
    /// Sends the service's calls to identity (JWKS, API-key checks) to an in-process identity,
    /// e.g. <c>builder.RouteIdentityTo(() =&gt; identityFactory.Server.CreateHandler())</c>.
    /// </summary>
    public static IWebHostBuilder RouteIdentityTo(this IWebHostBuilder builder, Func<HttpMessageHandler> identityHandler)
    {
        builder.UseSetting(ResourceNames.ServiceUrlKey(ResourceNames.Identity), "http://identity.test");
        return builder.ConfigureServices(services => services
            .AddHttpClient(IdentityClient.Name)
            .ConfigurePrimaryHttpMessageHandler(identityHandler));
    }

    private static ISigningKeySource Create(IServiceProvider provider, ServiceDescriptor descriptor) =>
        (ISigningKeySource)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!));
}
