using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace AdFlux.Ads.Platforms.Meta;

/// <summary>
/// Meta Marketing API (https://developers.facebook.com/docs/marketing-api/reference): form posts
/// under <c>act_{id}</c> with JSON-valued fields, updates and deletes by id, daily insights with
/// paging. Every answer's <c>x-business-use-case-usage</c> feeds <see cref="MetaThrottle"/>, and a
/// throttled account's next call fails fast as transient (retry after the window) instead of calling.
/// </summary>
public sealed class MetaAdsClient(HttpClient http, MetaThrottle throttle, IOptions<PlatformOptions> options)
{
    public const string Platform = "meta";

    // Graph codes for throttling and temporary failures (https://developers.facebook.com/docs/graph-api/guides/error-handling).
    private static readonly HashSet<int> TransientCodes = [1, 2, 4, 17, 32, 341, 613, 80000, 80001, 80002, 80003, 80004, 80005, 80006, 80008, 80009, 80014];

    public async Task<string> CreateAsync(AccountAccess access, string edge, IReadOnlyDictionary<string, string> fields, CancellationToken cancellationToken)
    {
        using var document = await SendAsync(access, HttpMethod.Post, $"act_{access.Account.AccountId}/{edge}", fields, cancellationToken);
        return document.RootElement.GetProperty("id").GetString()!;
    }

    /// <summary>
    /// The id of the account's live object on <paramref name="edge"/> whose name contains <paramref name="marker"/>, or null
    /// (<c>GET act_{id}/{edge}?filtering=[{"field":"name","operator":"CONTAIN",…}]</c>): how a resumed publication finds
    /// what an earlier attempt created but never heard back about.
    /// </summary>
    public async Task<string?> FindByNameAsync(AccountAccess access, string edge, string marker, CancellationToken cancellationToken)
    {
        var filtering = JsonSerializer.Serialize(new[] { new { field = "name", @operator = "CONTAIN", value = marker } });
        using var document = await SendAsync(access, HttpMethod.Get,
            $"act_{access.Account.AccountId}/{edge}?fields=id,name&filtering={Uri.EscapeDataString(filtering)}", null, cancellationToken);
        return document.RootElement.GetProperty("data").EnumerateArray().Select(o => o.GetProperty("id").GetString()).FirstOrDefault();
    }

    /// <summary>
    /// One batch of hashed rows to a custom audience (<c>POST {audience}/users</c> with <c>payload</c> and <c>session</c>,
    /// https://developers.facebook.com/docs/marketing-api/audiences/guides/custom-audiences#hash); Meta's <c>num_received</c>.
    /// </summary>
    public async Task<int> AddUsersAsync(AccountAccess access, string audienceId, IReadOnlyList<string> schema, IReadOnlyList<string[]> rows,
        AudienceSession session, CancellationToken cancellationToken)
    {
        var fields = new Dictionary<string, string>
        {
            ["payload"] = JsonSerializer.Serialize(new { schema, data = rows }),
            ["session"] = JsonSerializer.Serialize(new
            {
                session_id = session.SessionId,
                batch_seq = session.BatchSeq,
                last_batch_flag = session.LastBatch,
                estimated_num_total = session.EstimatedTotal,
            }),
        };
        using var document = await SendAsync(access, HttpMethod.Post, $"{Uri.EscapeDataString(audienceId)}/users", fields, cancellationToken);
        return document.RootElement.TryGetProperty("num_received", out var received) && received.ValueKind == JsonValueKind.Number ? received.GetInt32() : 0;
    }

    public async Task UpdateAsync(AccountAccess access, string id, IReadOnlyDictionary<string, string> fields, CancellationToken cancellationToken)
    {
        using var _ = await SendAsync(access, HttpMethod.Post, Uri.EscapeDataString(id), fields, cancellationToken);
    }

    public async Task DeleteAsync(AccountAccess access, string id, CancellationToken cancellationToken)
    {
        using var _ = await SendAsync(access, HttpMethod.Delete, Uri.EscapeDataString(id), null, cancellationToken);
    }

    /// <summary>The id of the best match for an interest name (<c>GET /search?type=adinterest</c>), or null.</summary>
    public async Task<string?> FindInterestAsync(AccountAccess access, string name, CancellationToken cancellationToken)
    {
        using var document = await SendAsync(access, HttpMethod.Get, $"search?type=adinterest&q={Uri.EscapeDataString(name)}", null, cancellationToken);
        return document.RootElement.GetProperty("data").EnumerateArray().Select(i => i.GetProperty("id").GetString()).FirstOrDefault();
    }

    /// <summary>Daily rows (<c>time_increment=1</c>) of spend, impressions, reach, clicks, actions and action values, following <c>paging.next</c>.</summary>
    public async Task<IReadOnlyList<MetaInsightRow>> GetDailyInsightsAsync(
        AccountAccess access, string objectId, DateOnly from, DateOnly to, int exponent, CancellationToken cancellationToken)
    {
        var range = JsonSerializer.Serialize(new { since = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), until = to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
        string? next = $"{Uri.EscapeDataString(objectId)}/insights?fields=spend,impressions,reach,clicks,actions,action_values&time_increment=1&limit=100&time_range={Uri.EscapeDataString(range)}";
        var rows = new List<MetaInsightRow>();
        while (next is not null)
        {
            using var document = await SendAsync(access, HttpMethod.Get, next, null, cancellationToken);
            foreach (var row in document.RootElement.GetProperty("data").EnumerateArray())
            {
                rows.Add(new MetaInsightRow(
                    DateOnly.ParseExact(row.GetProperty("date_start").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    Long(row, "impressions"), Long(row, "reach"), Long(row, "clicks"),
                    Minor(row.TryGetProperty("spend", out var spend) ? spend.GetString() : null, exponent),
                    (long)Actions(row, "actions").Sum(a => decimal.Parse(a.Value, CultureInfo.InvariantCulture)),
                    Actions(row, "action_values").Sum(a => Minor(a.Value, exponent))));
            }
            next = document.RootElement.TryGetProperty("paging", out var paging) && paging.TryGetProperty("next", out var link) ? link.GetString() : null;
        }
        return rows;
    }

    private async Task<JsonDocument> SendAsync(
        AccountAccess access, HttpMethod method, string relative, IReadOnlyDictionary<string, string>? fields, CancellationToken cancellationToken)
    {
        var account = access.Account.AccountId;
        if (throttle.WaitFor(account) is { } wait)
        {
            throw new PlatformException(Platform, 400, "80004", $"Ad account {account} is throttled; calls resume in {wait.TotalSeconds:0} s.", transient: true, wait);
        }
        var uri = Uri.TryCreate(relative, UriKind.Absolute, out var absolute) ? absolute : PlatformOptions.Under(options.Value.MetaBaseUrl, relative);
        using var request = new HttpRequestMessage(method, uri);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", access.Credentials.AccessToken);
        if (fields is not null)
        {
            request.Content = new FormUrlEncodedContent(fields);
        }
        using var response = await http.SendAsync(request, cancellationToken);
        var usage = MetaUsage.Parse(response.Headers.TryGetValues(MetaUsage.Header, out var values) ? values.FirstOrDefault() : null);
        if (usage is not null)
        {
            throttle.Observe(account, usage, options.Value.MetaUsageCeilingPercent);
        }
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return JsonDocument.Parse(body);
        }
        throw Failure((int)response.StatusCode, body, usage);
    }

    /// <summary>Graph's <c>{"error":{"message","type","code","error_subcode","is_transient","error_user_msg"}}</c> as a <see cref="PlatformException"/>.</summary>
    public static PlatformException Failure(int status, string body, MetaUsage? usage)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var error = document.RootElement.GetProperty("error");
            var code = error.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetInt32() : 0;
            var subcode = error.TryGetProperty("error_subcode", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt32() : (int?)null;
            var message = error.TryGetProperty("error_user_msg", out var user) && user.ValueKind == JsonValueKind.String
                ? user.GetString()!
                : error.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "";
            var transient = status >= 500 || TransientCodes.Contains(code)
                || (error.TryGetProperty("is_transient", out var t) && t.ValueKind == JsonValueKind.True);
            TimeSpan? retryAfter = usage is { RegainMinutes: > 0 } ? TimeSpan.FromMinutes(usage.RegainMinutes) : null;
            return new PlatformException(Platform, status, subcode is null ? $"{code}" : $"{code}/{subcode}", message, transient, retryAfter);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return new PlatformException(Platform, status, null, $"HTTP {status} with an unreadable body", transient: status >= 500);
        }
    }

    private static long Long(JsonElement row, string field) =>
        row.TryGetProperty(field, out var value) ? long.Parse(value.GetString()!, CultureInfo.InvariantCulture) : 0;

    private static long Minor(string? amount, int exponent) =>
        amount is null ? 0 : (long)Math.Round(decimal.Parse(amount, CultureInfo.InvariantCulture) * (decimal)Math.Pow(10, exponent), MidpointRounding.AwayFromZero);

    /// <summary>Purchase-type actions only: a conversion is a purchase, not a click or a view.</summary>
    private static IEnumerable<(string Type, string Value)> Actions(JsonElement row, string field) =>
        row.TryGetProperty(field, out var actions)
            ? actions.EnumerateArray()
                .Select(a => (a.GetProperty("action_type").GetString()!, a.GetProperty("value").GetString()!))
                .Where(a => a.Item1.EndsWith("purchase", StringComparison.Ordinal))
            : [];
}
