using System.Text.Json;
using System.Text.RegularExpressions;
using AdFlux.Ingest.Webhooks;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AdFlux.Ingest.Api;

/// <summary>
/// Metrics webhooks (seed 000 input streams): authenticated by a tenant API key, optionally signed.
/// The endpoints are anonymous to the authorization layer so that a refused caller is still counted;
/// <see cref="WebhookIntake"/> decides who is let in.
/// </summary>
public static partial class WebhooksApi
{
    public static IEndpointRouteBuilder MapWebhooksApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/webhooks").WithTags("Webhooks").AllowAnonymous();
        group.MapPost("/youtube-metrics", ReceiveYouTubeAsync).AsWebhook()
            .WithName("ReceiveYouTubeMetrics").WithSummary("YouTube channel or video metrics over a period (202; a repeat answers 200)");
        group.MapPost("/spotify-metrics", ReceiveSpotifyAsync).AsWebhook()
            .WithName("ReceiveSpotifyMetrics").WithSummary("Spotify artist or track metrics over a period (202; a repeat answers 200)");
        group.MapPost("/landing-page-metrics", ReceiveLandingPageAsync).AsWebhook()
            .WithName("ReceiveLandingPageMetrics").WithSummary("Landing page traffic and conversion metrics over a period (202; a repeat answers 200)");
        group.MapPost("/n8n/{workflow}", ReceiveN8nAsync).AsWebhook()
            .WithName("ReceiveN8nMetrics").WithSummary("Metrics an n8n workflow reports, naming platform, entity type and id (202; a repeat answers 200)");
        return app;
    }

    public static Task<Results<Accepted<WebhookReceipt>, Ok<WebhookReceipt>, ValidationProblem, ProblemHttpResult>> ReceiveYouTubeAsync(
        HttpContext http, WebhookIntake intake, CancellationToken cancellationToken) =>
        intake.ReceiveAsync(http, WebhookSources.YouTubeShape, cancellationToken);

    public static Task<Results<Accepted<WebhookReceipt>, Ok<WebhookReceipt>, ValidationProblem, ProblemHttpResult>> ReceiveSpotifyAsync(
        HttpContext http, WebhookIntake intake, CancellationToken cancellationToken) =>
        intake.ReceiveAsync(http, WebhookSources.SpotifyShape, cancellationToken);

    public static Task<Results<Accepted<WebhookReceipt>, Ok<WebhookReceipt>, ValidationProblem, ProblemHttpResult>> ReceiveLandingPageAsync(
        HttpContext http, WebhookIntake intake, CancellationToken cancellationToken) =>
        intake.ReceiveAsync(http, WebhookSources.LandingPageShape, cancellationToken);

    public static async Task<Results<Accepted<WebhookReceipt>, Ok<WebhookReceipt>, ValidationProblem, ProblemHttpResult>> ReceiveN8nAsync(
        string workflow, HttpContext http, WebhookIntake intake, RejectionCounter rejections, CancellationToken cancellationToken)
    {
        if (!WorkflowName().IsMatch(workflow))
        {
            await rejections.CountAsync(null, WebhookSources.N8n, RejectionReasons.InvalidField, cancellationToken);
            return WebhookRejection.Invalid(RejectionReasons.InvalidField, new Dictionary<string, string[]>
            {
                ["workflow"] = ["workflow must be 1 to 80 letters, digits, '-' or '_'."],
            });
        }
        return await intake.ReceiveAsync(http, WebhookSources.N8nShape(workflow.ToLowerInvariant()), cancellationToken);
    }

    private static RouteHandlerBuilder AsWebhook(this RouteHandlerBuilder endpoint) => endpoint
        .Accepts<JsonElement>("application/json")
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

    [GeneratedRegex("^[A-Za-z0-9_-]{1,80}$")]
    private static partial Regex WorkflowName();
}
