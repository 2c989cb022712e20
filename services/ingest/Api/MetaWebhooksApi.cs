using System.Text.Json;
using AdFlux.Ingest.Meta;
using AdFlux.Ingest.Webhooks;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace AdFlux.Ingest.Api;

/// <summary>Meta (Facebook pages, Instagram, ad accounts) webhooks: the subscription handshake and signed deliveries.</summary>
public static class MetaWebhooksApi
{
    public static IEndpointRouteBuilder MapMetaWebhooksApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/webhooks/meta").WithTags("Webhooks").AllowAnonymous();
        group.MapGet("", VerifyAsync)
            .WithName("VerifyMetaSubscription").WithSummary("Answers Meta's hub.challenge when hub.verify_token matches");
        group.MapPost("", ReceiveAsync).Accepts<JsonElement>("application/json")
            .WithName("ReceiveMetaWebhook").WithSummary("Entries of registered pages and accounts, signed with X-Hub-Signature-256");
        return app;
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> VerifyAsync(
        [FromQuery(Name = "hub.mode")] string? mode,
        [FromQuery(Name = "hub.verify_token")] string? verifyToken,
        [FromQuery(Name = "hub.challenge")] string? challenge,
        IOptions<MetaOptions> meta,
        RejectionCounter rejections,
        CancellationToken cancellationToken)
    {
        var expected = meta.Value.VerifyToken;
        if (mode == "subscribe" && !string.IsNullOrEmpty(expected) && !string.IsNullOrEmpty(challenge)
            && string.Equals(verifyToken, expected, StringComparison.Ordinal))
        {
            return TypedResults.Text(challenge, "text/plain");
        }
        await rejections.CountAsync(null, WebhookSources.Meta, RejectionReasons.BadVerifyToken, cancellationToken);
        return WebhookRejection.Problem(StatusCodes.Status403Forbidden, RejectionReasons.BadVerifyToken,
            "Verification failed", "hub.mode must be subscribe and hub.verify_token must match the configured token.");
    }

    public static Task<Results<Ok<MetaReceipt>, ValidationProblem, ProblemHttpResult>> ReceiveAsync(
        HttpContext http, MetaWebhookIntake intake, CancellationToken cancellationToken) =>
        intake.ReceiveAsync(http, cancellationToken);
}
