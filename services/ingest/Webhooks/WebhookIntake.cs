using System.Text;
using System.Text.Json;
using AdFlux.Contracts;
using AdFlux.Contracts.Ingest;
using AdFlux.Ingest.Api;
using AdFlux.ServiceDefaults.Auth;
using AdFlux.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace AdFlux.Ingest.Webhooks;

/// <summary>
/// The metrics webhooks' pipeline: caller (tenant API key, or an admin's token) → client profile →
/// size → signature (required while the tenant has a secret for the source) → JSON and fields →
/// store raw + events, or recognise a repeat. Every refusal is counted and leaves no row.
/// </summary>
public sealed class WebhookIntake(
    ITenantContext tenant,
    SigningSecrets secrets,
    RejectionCounter rejections,
    DeliveryStore store,
    IngestMetrics metrics,
    TimeProvider clock,
    IOptions<WebhookOptions> options)
{
    public const string DeliveryIdHeader = "X-Delivery-Id";
    public const string ClientProfileHeader = "X-Client-Profile-Id";
    private const int MaxDeliveryIdLength = 200;

    public async Task<Results<Accepted<WebhookReceipt>, Ok<WebhookReceipt>, ValidationProblem, ProblemHttpResult>> ReceiveAsync(
        HttpContext http, MetricsShape shape, CancellationToken cancellationToken)
    {
        var source = shape.Source;
        if (tenant.TenantId is not { } tenantId)
        {
            await rejections.CountAsync(null, source, RejectionReasons.Unauthenticated, cancellationToken);
            return WebhookRejection.Problem(StatusCodes.Status401Unauthorized, RejectionReasons.Unauthenticated,
                "Authentication required", $"Send a valid tenant API key in {AuthSchemes.ApiKeyHeader}.");
        }
        if (!http.User.HasClaim(c => c.Type == AdFluxClaims.ApiKeyId) && !tenant.IsAdmin)
        {
            return await ForbiddenAsync(tenantId, source, "Webhooks take a tenant API key (or an admin's access token).", cancellationToken);
        }

        var headerErrors = new PayloadErrors();
        var clientProfileId = ClientProfileOf(http.Request, headerErrors);
        var deliveryId = DeliveryIdOf(http.Request, headerErrors);
        if (!headerErrors.IsEmpty)
        {
            return await InvalidAsync(tenantId, source, headerErrors, cancellationToken);
        }
        if (tenant.ClientProfileScope is { } scope)
        {
            if (clientProfileId is { } requested && !scope.Contains(requested))
            {
                return await ForbiddenAsync(tenantId, source, "The API key does not speak for that client profile.", cancellationToken);
            }
            clientProfileId ??= scope.Count == 1 ? scope.Single() : null;
        }

        var body = await RawBody.ReadAsync(http.Request, options.Value.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            await rejections.CountAsync(tenantId, source, RejectionReasons.TooLarge, cancellationToken);
            return WebhookRejection.Problem(StatusCodes.Status413PayloadTooLarge, RejectionReasons.TooLarge,
                "Request body too large", $"Webhook bodies may be at most {options.Value.MaxBodyBytes} bytes.");
        }

        if (await CheckSignatureAsync(http.Request, tenantId, source, body, cancellationToken) is { } refused)
        {
            await rejections.CountAsync(tenantId, source, refused, cancellationToken);
            return WebhookRejection.Problem(StatusCodes.Status401Unauthorized, refused, "Signature not accepted", SignatureDetail(refused));
        }

        var errors = new PayloadErrors();
        var records = Parse(body, shape, errors, out var malformed);
        if (malformed is not null)
        {
            await rejections.CountAsync(tenantId, source, RejectionReasons.MalformedJson, cancellationToken);
            return WebhookRejection.Invalid(RejectionReasons.MalformedJson, new Dictionary<string, string[]> { ["body"] = [malformed] });
        }
        if (!errors.IsEmpty)
        {
            return await InvalidAsync(tenantId, source, errors, cancellationToken);
        }

        var receivedAt = clock.GetUtcNow();
        var delivery = new IncomingDelivery(tenantId, clientProfileId, source, deliveryId, DeliveryStore.HashOf(body), Encoding.UTF8.GetString(body), receivedAt);
        var outcome = await store.AcceptAsync(delivery, id => records.Select(r => (IIntegrationEvent)new PlatformMetricsReceived(
            Guid.CreateVersion7(), tenantId, receivedAt, clientProfileId, r.Platform, r.EntityType, r.EntityId, r.Metrics, r.WindowStart, r.WindowEnd, id)).ToList(),
            cancellationToken);
        metrics.Delivered(source, outcome.Duplicate);
        var receipt = new WebhookReceipt(outcome.Id, outcome.Duplicate, outcome.Events);
        return outcome.Duplicate ? TypedResults.Ok(receipt) : TypedResults.Accepted($"/api/ingest/deliveries/{outcome.Id}", receipt);
    }

    private async Task<string?> CheckSignatureAsync(HttpRequest request, Guid tenantId, string source, byte[] body, CancellationToken cancellationToken)
    {
        var active = await secrets.ActiveAsync(tenantId, source, cancellationToken);
        if (active.Count == 0)
        {
            return null;
        }
        string? signature = request.Headers[WebhookSignature.SignatureHeader];
        string? timestampHeader = request.Headers[WebhookSignature.TimestampHeader];
        if (string.IsNullOrWhiteSpace(signature) || string.IsNullOrWhiteSpace(timestampHeader))
        {
            return RejectionReasons.MissingSignature;
        }
        if (!WebhookSignature.TryParseTimestamp(timestampHeader.Trim(), out var timestamp))
        {
            return RejectionReasons.InvalidSignature;
        }
        var age = clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(timestamp, 0, 253_402_300_799));
        if (age.Duration() > options.Value.SignatureTolerance)
        {
            return RejectionReasons.StaleTimestamp;
        }
        return active.Any(secret => WebhookSignature.Matches(secret, timestamp, body, signature.Trim())) ? null : RejectionReasons.InvalidSignature;
    }

    private IReadOnlyList<MetricsRecord> Parse(byte[] body, MetricsShape shape, PayloadErrors errors, out string? malformed)
    {
        malformed = null;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (ContainsNul(document.RootElement))
            {
                errors.Invalid("body", "Strings must not contain NUL characters.");
                return [];
            }
            return MetricsPayloadParser.Parse(document.RootElement, shape, options.Value.MaxRecords, errors);
        }
        catch (JsonException ex)
        {
            malformed = $"The body is not valid JSON: {ex.Message}";
            return [];
        }
    }

    // PostgreSQL's jsonb cannot hold \u0000; refusing it here keeps it from becoming a 500 at insert.
    private static bool ContainsNul(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString()!.Contains('\0', StringComparison.Ordinal),
        JsonValueKind.Object => element.EnumerateObject().Any(p => p.Name.Contains('\0', StringComparison.Ordinal) || ContainsNul(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().Any(ContainsNul),
        _ => false,
    };

    private static Guid? ClientProfileOf(HttpRequest request, PayloadErrors errors)
    {
        string? value = request.Headers[ClientProfileHeader];
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (Guid.TryParse(value.Trim(), out var id) && id != Guid.Empty)
        {
            return id;
        }
        errors.Invalid(ClientProfileHeader, $"{ClientProfileHeader} must be a client profile id (a UUID).");
        return null;
    }

    private static string? DeliveryIdOf(HttpRequest request, PayloadErrors errors)
    {
        string? value = request.Headers[DeliveryIdHeader];
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var trimmed = value.Trim();
        if (trimmed.Length > MaxDeliveryIdLength)
        {
            errors.Invalid(DeliveryIdHeader, $"{DeliveryIdHeader} must be at most {MaxDeliveryIdLength} characters.");
            return null;
        }
        return trimmed;
    }

    private async Task<ValidationProblem> InvalidAsync(Guid tenantId, string source, PayloadErrors errors, CancellationToken cancellationToken)
    {
        await rejections.CountAsync(tenantId, source, errors.Reason, cancellationToken);
        return WebhookRejection.Invalid(errors.Reason, errors.ToDictionary());
    }

    private async Task<ProblemHttpResult> ForbiddenAsync(Guid tenantId, string source, string detail, CancellationToken cancellationToken)
    {
        await rejections.CountAsync(tenantId, source, RejectionReasons.Forbidden, cancellationToken);
        return WebhookRejection.Problem(StatusCodes.Status403Forbidden, RejectionReasons.Forbidden, "Forbidden", detail);
    }

    private static string SignatureDetail(string reason) => reason switch
    {
        RejectionReasons.MissingSignature => $"This source requires {WebhookSignature.SignatureHeader} and {WebhookSignature.TimestampHeader}.",
        RejectionReasons.StaleTimestamp => $"{WebhookSignature.TimestampHeader} is outside the replay window.",
        _ => $"{WebhookSignature.SignatureHeader} does not match the body and timestamp under any of the source's secrets.",
    };
}
