using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AdFlux.Ingest.Api;
using AdFlux.Ingest.Data;
using AdFlux.Ingest.Webhooks;
using AdFlux.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdFlux.Ingest.Meta;

/// <summary>
/// Meta deliveries carry no AdFlux credentials: the app secret's signature proves Meta sent them, and
/// each entry's account id (a page, Instagram account or ad account an admin registered under
/// <c>/api/ingest/meta-accounts</c>) names the tenant and client profile. One delivery touching several
/// tenants is stored once per tenant with only that tenant's entries. Entries of unregistered accounts
/// are counted (<c>unknown_account</c>) and dropped; Meta still gets its 200, or it would retry for days.
/// </summary>
public sealed class MetaWebhookIntake(
    IngestDbContext db,
    RejectionCounter rejections,
    DeliveryStore store,
    IngestMetrics metrics,
    TimeProvider clock,
    IOptions<MetaOptions> meta,
    IOptions<WebhookOptions> options)
{
    public async Task<Results<Ok<MetaReceipt>, ValidationProblem, ProblemHttpResult>> ReceiveAsync(HttpContext http, CancellationToken cancellationToken)
    {
        const string Source = WebhookSources.Meta;
        if (string.IsNullOrEmpty(meta.Value.AppSecret))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Meta webhooks are not configured",
                detail: $"Set {MetaOptions.Section}:AppSecret.");
        }
        var body = await RawBody.ReadAsync(http.Request, options.Value.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            await rejections.CountAsync(null, Source, RejectionReasons.TooLarge, cancellationToken);
            return WebhookRejection.Problem(StatusCodes.Status413PayloadTooLarge, RejectionReasons.TooLarge,
                "Request body too large", $"Webhook bodies may be at most {options.Value.MaxBodyBytes} bytes.");
        }
        string? signature = http.Request.Headers[MetaSignature.Header];
        if (!MetaSignature.Matches(meta.Value.AppSecret, body, signature))
        {
            var reason = string.IsNullOrEmpty(signature) ? RejectionReasons.MissingSignature : RejectionReasons.InvalidSignature;
            await rejections.CountAsync(null, Source, reason, cancellationToken);
            return WebhookRejection.Problem(StatusCodes.Status401Unauthorized, reason, "Signature not accepted",
                $"{MetaSignature.Header} must be the HMAC-SHA256 of the body under the app secret.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            await rejections.CountAsync(null, Source, RejectionReasons.MalformedJson, cancellationToken);
            return WebhookRejection.Invalid(RejectionReasons.MalformedJson, new Dictionary<string, string[]> { ["body"] = [$"The body is not valid JSON: {ex.Message}"] });
        }
        using (document)
        {
            var errors = new PayloadErrors();
            if (MetaPayloadParser.Read(document.RootElement, errors) is not { } delivery)
            {
                await rejections.CountAsync(null, Source, errors.Reason, cancellationToken);
                return WebhookRejection.Invalid(errors.Reason, errors.ToDictionary());
            }
            return TypedResults.Ok(await StoreAsync(delivery, cancellationToken));
        }
    }

    private async Task<MetaReceipt> StoreAsync(MetaEntries delivery, CancellationToken cancellationToken)
    {
        var ids = delivery.Entries.Select(e => e.AccountId).Distinct().ToList();
        var accounts = await db.MetaAccounts.IgnoreQueryFilters([TenantQueryFilters.Tenant, TenantQueryFilters.ClientScope]).AsNoTracking()
            .Where(a => ids.Contains(a.AccountId))
            .ToDictionaryAsync(a => a.AccountId, cancellationToken);
        var ignored = delivery.Entries.Count(e => !accounts.ContainsKey(e.AccountId));
        for (var i = 0; i < ignored; i++)
        {
            await rejections.CountAsync(null, WebhookSources.Meta, RejectionReasons.UnknownAccount, cancellationToken);
        }

        var receivedAt = clock.GetUtcNow();
        var receipts = new List<WebhookReceipt>();
        var groups = delivery.Entries
            .Where(e => accounts.ContainsKey(e.AccountId))
            .GroupBy(e => (accounts[e.AccountId].TenantId, accounts[e.AccountId].ClientProfileId));
        foreach (var group in groups)
        {
            var (tenantId, clientProfileId) = group.Key;
            var payload = new JsonObject
            {
                ["object"] = delivery.Object,
                ["entry"] = new JsonArray(group.Select(e => JsonNode.Parse(e.Entry.GetRawText())).ToArray()),
            }.ToJsonString();
            var makers = group.SelectMany(e => MetaPayloadParser.EventsOf(delivery.Object, e.Entry, receivedAt)).ToList();
            var incoming = new IncomingDelivery(tenantId, clientProfileId, WebhookSources.Meta, null,
                DeliveryStore.HashOf(Encoding.UTF8.GetBytes(payload)), payload, receivedAt);
            var outcome = await store.AcceptAsync(incoming, id => makers.Select(make => make(tenantId, clientProfileId, id)).ToList(), cancellationToken);
            db.ChangeTracker.Clear();
            metrics.Delivered(WebhookSources.Meta, outcome.Duplicate);
            receipts.Add(new WebhookReceipt(outcome.Id, outcome.Duplicate, outcome.Events));
        }
        return new MetaReceipt(receipts, ignored);
    }
}
