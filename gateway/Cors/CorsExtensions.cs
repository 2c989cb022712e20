using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace AdFlux.Gateway.Cors;

public static class CorsExtensions
{
    /// <summary>
    /// One policy for the dashboard origins. Bearer tokens travel in a header, not a cookie, so
    /// credentials stay off; <c>Retry-After</c> is exposed so the dashboard can back off on 429.
    /// </summary>
    public static IServiceCollection AddDashboardCors(this IServiceCollection services)
    {
        services.AddOptions<DashboardCorsOptions>().BindConfiguration(DashboardCorsOptions.Section);
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<DashboardCorsOptions>>((cors, dashboard) =>
            cors.AddPolicy(DashboardCorsOptions.PolicyName, policy => policy
                .WithOrigins(dashboard.Value.AllowedOrigins)
                .AllowAnyMethod()
                .AllowAnyHeader()
                .WithExposedHeaders("Retry-After")
                .SetPreflightMaxAge(dashboard.Value.PreflightMaxAge)));
        return services;
    }
}
