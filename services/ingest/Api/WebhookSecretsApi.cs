using System.Security.Cryptography;
using AdFlux.Ingest.Domain;
using AdFlux.Ingest.Webhooks;
using AdFlux.ServiceDefaults.Auth;
using AdFlux.ServiceDefaults.Secrets;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdFlux.Ingest.Api;

/// <summary>
/// Per-tenant, per-source webhook signing secrets (admins only). Rotating makes a new secret and
/// lets the current ones work for an overlap, so senders can switch without losing deliveries.
/// While a source has an unexpired secret, its deliveries must be signed.
/// </summary>
public static class WebhookSecretsApi
{
    private const int MaxOverlapMinutes = 7 * 24 * 60;

    public static IEndpointRouteBuilder MapWebhookSecretsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/ingest/webhook-secrets").WithTags("Webhook secrets").RequireAuthorization(Policies.Admin);
        group.MapGet("", ListAsync).WithName("ListWebhookSecrets").WithSummary("The tenant's signing secrets, without values");
        group.MapPost("/{source}/rotate", RotateAsync)
            .WithName("RotateWebhookSecret").WithSummary("Make a new signing secret for a source; the answer is the only time it is shown");
        group.MapDelete("/{id:guid}", RevokeAsync).WithName("RevokeWebhookSecret").WithSummary("Retire a signing secret at once");
        return app;
    }

    public static async Task<Ok<List<WebhookSecretResponse>>> ListAsync([AsParameters] IngestRequest request)
    {
        var secrets = await request.Db.WebhookSecrets.AsNoTracking().OrderByDescending(s => s.CreatedAt).ToListAsync(request.CancellationToken);
        return TypedResults.Ok(secrets.Select(WebhookSecretResponse.From).ToList());
    }

    public static async Task<Results<Created<CreatedWebhookSecretResponse>, ValidationProblem>> RotateAsync(
        string source, RotateSecretRequest? body, SecretProtector protector, IOptions<WebhookOptions> options, [AsParameters] IngestRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (!WebhookSources.Signable.Contains(source, StringComparer.Ordinal))
        {
            errors["source"] = [$"source must be one of: {string.Join(", ", WebhookSources.Signable)}."];
        }
        if (body?.OverlapMinutes is < 0 or > MaxOverlapMinutes)
        {
            errors["overlapMinutes"] = [$"overlapMinutes must be between 0 and {MaxOverlapMinutes}."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var now = request.Clock.GetUtcNow();
        var previousUntil = now + (body?.OverlapMinutes is { } minutes ? TimeSpan.FromMinutes(minutes) : options.Value.SecretOverlap);
        var current = await request.Db.WebhookSecrets
            .Where(s => s.Source == source && (s.ExpiresAt == null || s.ExpiresAt > previousUntil))
            .ToListAsync(request.CancellationToken);
        foreach (var previous in current)
        {
            previous.ExpiresAt = previousUntil;
        }
        var value = "whsec_" + Base64Url(RandomNumberGenerator.GetBytes(32));
        var secret = new WebhookSecret
        {
            Id = Guid.CreateVersion7(now),
            TenantId = request.Db.CurrentTenantId!.Value,
            Source = source,
            Ciphertext = protector.Protect(value, SigningSecrets.Purpose),
            CreatedAt = now,
        };
        request.Db.WebhookSecrets.Add(secret);
        await request.Db.SaveChangesAsync(request.CancellationToken);
        return TypedResults.Created(
            $"/api/ingest/webhook-secrets/{secret.Id}",
            new CreatedWebhookSecretResponse(secret.Id, source, value, now, current.Count > 0 ? previousUntil : null));
    }

    public static async Task<Results<NoContent, NotFound>> RevokeAsync(Guid id, [AsParameters] IngestRequest request)
    {
        var secret = await request.Db.WebhookSecrets.SingleOrDefaultAsync(s => s.Id == id, request.CancellationToken);
        if (secret is null)
        {
            return TypedResults.NotFound();
        }
        var now = request.Clock.GetUtcNow();
        if (secret.ExpiresAt is null || secret.ExpiresAt > now)
        {
            secret.ExpiresAt = now;
            await request.Db.SaveChangesAsync(request.CancellationToken);
        }
        return TypedResults.NoContent();
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
