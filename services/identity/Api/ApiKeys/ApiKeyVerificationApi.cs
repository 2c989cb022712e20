using AdFlux.Identity.ApiKeys;
using AdFlux.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AdFlux.Identity.Api.ApiKeys;

/// <summary>
/// Internal: services (and the gateway) ask here whether an API key is valid. Outside
/// <c>/api/identity</c>, so the gateway does not route it; it only confirms a key its caller already holds.
/// </summary>
public static class ApiKeyVerificationApi
{
    public static IEndpointRouteBuilder MapApiKeyVerificationApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost(ApiKeyVerifyRequest.Path, VerifyAsync)
            .WithName("VerifyApiKey").WithTags("Internal").WithSummary("Who an API key speaks for; 404 if unknown, revoked or expired.")
            .AllowAnonymous()
            .ExcludeFromDescription();
        return routes;
    }

    public static async Task<Results<Ok<ApiKeyIdentity>, NotFound, ValidationProblem>> VerifyAsync(
        ApiKeyVerifyRequest request, DatabaseApiKeyVerifier verifier, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Key))
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["key"] = ["Key is required."] });
        }
        return await verifier.VerifyAsync(request.Key.Trim(), cancellationToken) is { } identity
            ? TypedResults.Ok(identity)
            : TypedResults.NotFound();
    }
}
