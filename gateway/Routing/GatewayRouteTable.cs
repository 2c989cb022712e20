using Microsoft.AspNetCore.Routing.Template;
using Yarp.ReverseProxy.Configuration;

namespace AdFlux.Gateway.Routing;

/// <summary>Which of the gateway's routes, if any, carries a service's path and method.</summary>
public sealed class GatewayRouteTable(IReadOnlyList<RouteConfig> routes)
{
    private readonly IReadOnlyList<(RouteConfig Route, TemplateMatcher Matcher)> _routes = routes
        .Where(route => route.Match.Path is not null)
        // YARP prefers a literal path to a catch-all (identity's public routes inside /api/identity/**).
        .OrderBy(route => route.Match.Path!.Contains("{**", StringComparison.Ordinal))
        .Select(route => (route, new TemplateMatcher(TemplateParser.Parse(route.Match.Path!), new RouteValueDictionary())))
        .ToList();

    /// <summary>The route of <paramref name="service"/> that serves <paramref name="path"/> (an OpenAPI path template) for <paramref name="method"/>, or null when the gateway does not forward it there.</summary>
    public RouteConfig? Find(string service, string path, string method) =>
        _routes.FirstOrDefault(candidate =>
            candidate.Route.ClusterId == service
            && (candidate.Route.Match.Methods is not { Count: > 0 } methods || methods.Contains(method, StringComparer.OrdinalIgnoreCase))
            && candidate.Matcher.TryMatch(path, [])).Route;
}
