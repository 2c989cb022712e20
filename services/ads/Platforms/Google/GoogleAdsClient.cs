using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AdFlux.ServiceDefaults.Resilience;
using Microsoft.Extensions.Options;

namespace AdFlux.Ads.Platforms.Google;

/// <summary>
/// Google Ads API over REST (https://developers.google.com/google-ads/api/rest/overview):
/// <c>customers/{id}/{service}:mutate</c> with create/update/remove operations, and
/// <c>googleAds:searchStream</c> with GAQL. Each call carries the OAuth access token, the
/// <c>developer-token</c> and, for manager access, <c>login-customer-id</c>.
/// </summary>
public sealed class GoogleAdsClient(HttpClient http, GoogleAccessTokens tokens, IOptions<PlatformOptions> options)
{
    public const string Platform = "google";

    /// <summary>Runs the operations on <paramref name="service"/> (e.g. <c>campaigns</c>) and returns the resource names, in order.</summary>
    public async Task<IReadOnlyList<string>> MutateAsync(AccountAccess access, string service, JsonArray operations, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["operations"] = operations };
        // Updates and removes may be retried after a 5xx; a create may not (it may have been made).
        var changesOnly = operations.All(operation => operation is JsonObject fields && !fields.ContainsKey("create"));
        using var document = await SendAsync(access, $"customers/{access.Account.AccountId}/{service}:mutate", body, changesOnly, cancellationToken);
        return [.. document.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("resourceName").GetString()!)];
    }

    public async Task<string> CreateAsync(AccountAccess access, string service, JsonObject resource, CancellationToken cancellationToken) =>
        (await MutateAsync(access, service, [new JsonObject { ["create"] = resource }], cancellationToken))[0];

    public Task UpdateAsync(AccountAccess access, string service, JsonObject resource, string updateMask, CancellationToken cancellationToken) =>
        MutateAsync(access, service, [new JsonObject { ["update"] = resource, ["updateMask"] = updateMask }], cancellationToken);

    public Task RemoveAsync(AccountAccess access, string service, string resourceName, CancellationToken cancellationToken) =>
        MutateAsync(access, service, [new JsonObject { ["remove"] = resourceName }], cancellationToken);

    /// <summary>
    /// The resource name of the customer's live <paramref name="resource"/> (GAQL: campaign_budget, campaign, ad_group, ad_group_ad)
    /// whose name (<paramref name="nameField"/>) contains <paramref name="marker"/>, or null: how a resumed publication finds
    /// what an earlier attempt created but never heard back about.
    /// </summary>
    public async Task<string?> FindByNameAsync(AccountAccess access, string resource, string nameField, string marker, CancellationToken cancellationToken)
    {
        // GAQL string literals: single quotes, with a quote and a backslash escaped; a marker holds no LIKE wildcard.
        var literal = marker.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal);
        var query = $"SELECT {resource}.resource_name FROM {resource} WHERE {nameField} LIKE '%{literal}%' AND {resource}.status != 'REMOVED'";
        using var document = await SendAsync(access, $"customers/{access.Account.AccountId}/googleAds:searchStream", new JsonObject { ["query"] = query }, idempotent: true, cancellationToken);
        var property = string.Concat(resource.Split('_').Select((part, i) => i == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));
        return document.RootElement.EnumerateArray()
            .SelectMany(batch => batch.TryGetProperty("results", out var results) ? results.EnumerateArray().ToList() : [])
            .Select(row => row.GetProperty(property).GetProperty("resourceName").GetString())
            .FirstOrDefault();
    }

    /// <summary>A campaign's daily metrics through GAQL (<c>segments.date</c> makes one row per day).</summary>
    public async Task<IReadOnlyList<GoogleAdsRow>> GetDailyMetricsAsync(
        AccountAccess access, string campaignResourceName, DateOnly from, DateOnly to, int exponent, CancellationToken cancellationToken)
    {
        var campaignId = campaignResourceName[(campaignResourceName.LastIndexOf('/') + 1)..];
        var query = "SELECT segments.date, metrics.impressions, metrics.clicks, metrics.cost_micros, metrics.conversions, metrics.conversions_value "
            + $"FROM campaign WHERE campaign.id = {long.Parse(campaignId, CultureInfo.InvariantCulture)} "
            + $"AND segments.date BETWEEN '{from:yyyy-MM-dd}' AND '{to:yyyy-MM-dd}'";
        using var document = await SendAsync(access, $"customers/{access.Account.AccountId}/googleAds:searchStream", new JsonObject { ["query"] = query }, idempotent: true, cancellationToken);
        var microsPerMinor = (long)Math.Pow(10, 6 - exponent);
        var rows = new List<GoogleAdsRow>();
        foreach (var batch in document.RootElement.EnumerateArray())
        {
            if (!batch.TryGetProperty("results", out var results))
            {
                continue;
            }
            foreach (var row in results.EnumerateArray())
            {
                var metrics = row.GetProperty("metrics");
                rows.Add(new GoogleAdsRow(
                    DateOnly.ParseExact(row.GetProperty("segments").GetProperty("date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    Int64(metrics, "impressions"), Int64(metrics, "clicks"),
                    Int64(metrics, "costMicros") / microsPerMinor,
                    metrics.TryGetProperty("conversions", out var conversions) ? conversions.GetDouble() : 0,
                    metrics.TryGetProperty("conversionsValue", out var value) ? (long)Math.Round(value.GetDouble() * Math.Pow(10, exponent)) : 0));
            }
        }
        return rows;
    }

    private async Task<JsonDocument> SendAsync(AccountAccess access, string relative, JsonObject body, bool idempotent, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, PlatformOptions.Under(options.Value.GoogleAdsBaseUrl, relative))
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (idempotent)
        {
            request.MarkIdempotent();
        }
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetAsync(http, access.Credentials, cancellationToken));
        request.Headers.Add("developer-token", access.Credentials.DeveloperToken);
        if (access.Account.LoginCustomerId is { } login)
        {
            request.Headers.Add("login-customer-id", login);
        }
        using var response = await http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return JsonDocument.Parse(text);
        }
        throw Failure((int)response.StatusCode, text);
    }

    /// <summary>
    /// Google's error envelope; the first <c>GoogleAdsFailure</c> error names the code as
    /// <c>family.CODE</c> (e.g. <c>campaignBudgetError.MONEY_AMOUNT_TOO_SMALL</c>), and a quota error's
    /// <c>retryDelay</c> says when to come back.
    /// </summary>
    public static PlatformException Failure(int status, string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var error = document.RootElement.GetProperty("error");
            var message = error.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "";
            var grpcStatus = error.TryGetProperty("status", out var s) ? s.GetString() : null;
            string? code = grpcStatus;
            TimeSpan? retryAfter = null;
            if (error.TryGetProperty("details", out var details))
            {
                foreach (var detail in details.EnumerateArray())
                {
                    if (!detail.TryGetProperty("errors", out var errors))
                    {
                        continue;
                    }
                    foreach (var adsError in errors.EnumerateArray())
                    {
                        if (adsError.TryGetProperty("errorCode", out var errorCode) && errorCode.EnumerateObject().FirstOrDefault() is { Value.ValueKind: JsonValueKind.String } family)
                        {
                            code = $"{family.Name}.{family.Value.GetString()}";
                            message = adsError.TryGetProperty("message", out var detailed) ? detailed.GetString() ?? message : message;
                        }
                        if (adsError.TryGetProperty("details", out var extra) && extra.TryGetProperty("quotaErrorDetails", out var quota)
                            && quota.TryGetProperty("retryDelay", out var delay) && delay.GetString() is { } text && text.EndsWith('s')
                            && double.TryParse(text[..^1], CultureInfo.InvariantCulture, out var seconds))
                        {
                            retryAfter = TimeSpan.FromSeconds(seconds);
                        }
                        break;
                    }
                    break;
                }
            }
            var transient = status is 429 or >= 500 || grpcStatus is "RESOURCE_EXHAUSTED" or "UNAVAILABLE" or "INTERNAL" or "DEADLINE_EXCEEDED";
            return new PlatformException(Platform, status, code, message, transient, retryAfter);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return new PlatformException(Platform, status, null, $"HTTP {status} with an unreadable body", transient: status >= 500);
        }
    }

    private static long Int64(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value)
            ? value.ValueKind == JsonValueKind.String ? long.Parse(value.GetString()!, CultureInfo.InvariantCulture) : value.GetInt64()
            : 0;
}
