namespace AdFlux.PlatformSandbox;

/// <summary>The bearer token of a request, if it starts with the platform's token prefix.</summary>
public static class Bearer
{
    public static bool Has(HttpRequest request, string prefix)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer " + prefix, StringComparison.Ordinal)
            || (request.Query.TryGetValue("access_token", out var token) && token.ToString().StartsWith(prefix, StringComparison.Ordinal));
    }
}
