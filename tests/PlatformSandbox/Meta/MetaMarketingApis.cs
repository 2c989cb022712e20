using System.Globalization;
using System.Text.Json;

namespace AdFlux.PlatformSandbox.Meta;

/// <summary>
/// Meta Marketing API (https://developers.facebook.com/docs/marketing-api/reference): creates under
/// <c>act_{id}</c> (<c>campaigns</c>, <c>adsets</c>, <c>adcreatives</c>, <c>ads</c>) as form posts with
/// JSON-valued fields, <c>POST /{id}</c> updates, <c>DELETE /{id}</c>, <c>GET /{id}/insights</c> by day,
/// interest search, the <c>x-business-use-case-usage</c> header on every answer and Graph's error shape.
/// Magic names: an object named with <c>[fail]</c> is refused (code 100, subcode 1885316); <c>[flaky]</c>
/// fails once with a transient 500; <c>[throttle]</c> is throttled once (code 80004, usage at 100 %).
/// <c>GET /sandbox/meta/counters?account=act_…</c> tells how many objects of each kind an account created;
/// <c>POST /sandbox/meta/restate?id=…</c> makes an object's insights report different figures from then on.
/// </summary>
public static class MetaMarketingApis
{
    public const string UsageHeader = "x-business-use-case-usage";
    private const string Version = "/{version:regex(^v\\d+\\.\\d+$)}";

    public static IEndpointRouteBuilder MapMetaMarketingApis(this IEndpointRouteBuilder app)
    {
        app.MapPost(Version + "/act_{account}/{edge}", CreateAsync).DisableAntiforgery();
        app.MapGet(Version + "/act_{account}/{edge}", List);
        app.MapPost(Version + "/{id}", UpdateAsync).DisableAntiforgery();
        app.MapDelete(Version + "/{id}", Delete);
        app.MapGet(Version + "/{id}/insights", Insights);
        app.MapGet(Version + "/search", Search);
        app.MapPost("/sandbox/meta/lose-replies", (string account, string edge, int? count, MarketingStore store) =>
        {
            store.LoseReplies(account.Replace("act_", "", StringComparison.Ordinal), edge, count ?? 1);
            return TypedResults.NoContent();
        });
        app.MapPost("/sandbox/meta/restate", (string id, MarketingStore store) => TypedResults.Json(new { id, restatement = store.Restate(id) }));
        app.MapGet("/sandbox/meta/counters", (string account, MarketingStore store) => TypedResults.Json(new
        {
            creates = store.CreatesOf(account.Replace("act_", "", StringComparison.Ordinal)),
            objects = store.OfAccount(account.Replace("act_", "", StringComparison.Ordinal))
                .Select(o => new { o.Id, o.Kind, o.Name, o.Status, o.DailyBudget, o.LifetimeBudget, o.ParentId, o.Deleted, o.Fields }),
        }));
        return app;
    }

    public static async Task<IResult> CreateAsync(string account, string edge, HttpRequest request, HttpResponse response, MarketingStore store)
    {
        if (!Bearer.Has(request, MetaGraphApis.TokenPrefix))
        {
            return Error(400, "Invalid OAuth access token - Cannot parse access token", "OAuthException", 190, null);
        }
        var form = await ReadAsync(request);
        var name = form.GetValueOrDefault("name") ?? "";
        if (Magic(store, response, account, name, edge) is { } magic)
        {
            return magic;
        }
        if (name.Length == 0)
        {
            return Invalid("The parameter name is required");
        }
        Usage(response, account, 4);
        switch (edge)
        {
            case "campaigns":
                if (!form.TryGetValue("objective", out var objective) || !objective.StartsWith("OUTCOME_", StringComparison.Ordinal))
                {
                    return Invalid("Param objective must be one of {OUTCOME_APP_PROMOTION, OUTCOME_AWARENESS, OUTCOME_ENGAGEMENT, OUTCOME_LEADS, OUTCOME_SALES, OUTCOME_TRAFFIC}");
                }
                if (!form.ContainsKey("special_ad_categories"))
                {
                    return Invalid("The parameter special_ad_categories is required");
                }
                var daily = Long(form, "daily_budget");
                var lifetime = Long(form, "lifetime_budget");
                if ((daily is > 0) == (lifetime is > 0))
                {
                    return Invalid("Exactly one of daily_budget and lifetime_budget, greater than 0, must be set for a campaign budget");
                }
                return Created(store, account, edge, store.Create(account, "campaign", name, null, o => { o.DailyBudget = daily; o.LifetimeBudget = lifetime; o.Status = Status(form); o.Fields["special_ad_categories"] = form["special_ad_categories"]; }));
            case "adsets":
                if (Parent(store, account, form.GetValueOrDefault("campaign_id"), "campaign") is not { } campaign)
                {
                    return Invalid("Param campaign_id must be a valid campaign id of this ad account");
                }
                if (!Json(form, "targeting", out var targeting) || !targeting.TryGetProperty("geo_locations", out var geo)
                    || !geo.TryGetProperty("countries", out var countries) || countries.GetArrayLength() == 0)
                {
                    return Invalid("Param targeting must include geo_locations with at least one country");
                }
                if (campaign.Fields.GetValueOrDefault("special_ad_categories")?.Contains("EMPLOYMENT", StringComparison.Ordinal) == true
                    && EmploymentViolation(targeting) is { } violation)
                {
                    return Invalid(violation);
                }
                if (targeting.TryGetProperty("custom_audiences", out var audiences)
                    && audiences.EnumerateArray().Any(a => Parent(store, account, a.TryGetProperty("id", out var audienceId) ? audienceId.GetString() : null, "customaudience") is null))
                {
                    return Invalid("Param targeting[custom_audiences] must name custom audiences of this ad account");
                }
                if (!form.ContainsKey("billing_event") || !form.ContainsKey("optimization_goal"))
                {
                    return Invalid("The parameters billing_event and optimization_goal are required");
                }
                return Created(store, account, edge, store.Create(account, "adset", name, campaign.Id, o => { o.Status = Status(form); o.Fields["targeting"] = targeting.GetRawText(); }));
            case "adcreatives":
                if (!Json(form, "object_story_spec", out var spec) || !spec.TryGetProperty("page_id", out _)
                    || !(spec.TryGetProperty("link_data", out _) || spec.TryGetProperty("video_data", out _)))
                {
                    return Invalid("Param object_story_spec must name a page_id and link_data or video_data");
                }
                return Created(store, account, edge, store.Create(account, "adcreative", name, null, o => o.Fields["object_story_spec"] = spec.GetRawText()));
            case "ads":
                if (Parent(store, account, form.GetValueOrDefault("adset_id"), "adset") is not { } adSet)
                {
                    return Invalid("Param adset_id must be a valid ad set id of this ad account");
                }
                if (!Json(form, "creative", out var creative) || !creative.TryGetProperty("creative_id", out var creativeId)
                    || Parent(store, account, creativeId.GetString(), "adcreative") is null)
                {
                    return Invalid("Param creative must name a creative_id of this ad account");
                }
                return Created(store, account, edge, store.Create(account, "ad", name, adSet.Id, o => o.Status = Status(form)));
            case "customaudiences":
                if (form.GetValueOrDefault("subtype") != "CUSTOM")
                {
                    return Invalid("Param subtype must be CUSTOM for a customer list audience");
                }
                if (form.GetValueOrDefault("customer_file_source") is not ("USER_PROVIDED_ONLY" or "PARTNER_PROVIDED_ONLY" or "BOTH_USER_AND_PARTNER_PROVIDED"))
                {
                    return Invalid("Param customer_file_source must be one of {USER_PROVIDED_ONLY, PARTNER_PROVIDED_ONLY, BOTH_USER_AND_PARTNER_PROVIDED}");
                }
                return Created(store, account, edge, store.Create(account, "customaudience", name, null, o =>
                {
                    o.Fields["subtype"] = "CUSTOM";
                    o.Fields["description"] = form.GetValueOrDefault("description") ?? "";
                    o.Fields["customer_file_source"] = form["customer_file_source"];
                }));
            default:
                return Error(400, $"Unknown path components: /act_{account}/{edge}", "OAuthException", 2500, null);
        }
    }

    public static async Task<IResult> UpdateAsync(string id, HttpRequest request, HttpResponse response, MarketingStore store)
    {
        if (!Bearer.Has(request, MetaGraphApis.TokenPrefix))
        {
            return Error(400, "Invalid OAuth access token - Cannot parse access token", "OAuthException", 190, null);
        }
        if (store.Find(id) is not { Deleted: false } target)
        {
            return Error(400, $"Unsupported post request. Object with ID '{id}' does not exist", "GraphMethodException", 100, 33);
        }
        var form = await ReadAsync(request);
        Usage(response, target.Account, 2);
        if (form.TryGetValue("status", out var status))
        {
            if (status is not ("ACTIVE" or "PAUSED" or "ARCHIVED" or "DELETED"))
            {
                return Invalid("Param status must be one of {ACTIVE, PAUSED, ARCHIVED, DELETED}");
            }
            target.Status = status;
        }
        if (Long(form, "daily_budget") is { } daily)
        {
            target.DailyBudget = daily;
        }
        if (Long(form, "lifetime_budget") is { } lifetime)
        {
            target.LifetimeBudget = lifetime;
        }
        return TypedResults.Json(new { success = true });
    }

    public static IResult Delete(string id, HttpRequest request, HttpResponse response, MarketingStore store)
    {
        if (!Bearer.Has(request, MetaGraphApis.TokenPrefix))
        {
            return Error(400, "Invalid OAuth access token - Cannot parse access token", "OAuthException", 190, null);
        }
        if (store.Find(id) is not { Deleted: false } target)
        {
            return Error(400, $"Unsupported delete request. Object with ID '{id}' does not exist", "GraphMethodException", 100, 33);
        }
        Usage(response, target.Account, 2);
        store.Delete(target);
        return TypedResults.Json(new { success = true });
    }

    /// <summary>Daily rows for <c>time_increment=1</c>; figures are stable per object and day, spend in the account currency's major unit.</summary>
    public static IResult Insights(string id, string? fields, string? time_range, string? time_increment, string? after, int? limit,
        HttpRequest request, HttpResponse response, MarketingStore store)
    {
        if (!Bearer.Has(request, MetaGraphApis.TokenPrefix))
        {
            return Error(400, "Invalid OAuth access token - Cannot parse access token", "OAuthException", 190, null);
        }
        if (time_range is null || time_increment != "1")
        {
            return Invalid("This sandbox serves time_range with time_increment=1");
        }
        using var range = JsonDocument.Parse(time_range);
        var since = DateOnly.ParseExact(range.RootElement.GetProperty("since").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var until = DateOnly.ParseExact(range.RootElement.GetProperty("until").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (store.Find(id) is { } target)
        {
            Usage(response, target.Account, 1);
        }
        var wanted = (fields ?? "spend,impressions").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        var days = Enumerable.Range(0, until.DayNumber - since.DayNumber + 1).Select(since.AddDays).ToList();
        var start = after is null ? 0 : int.Parse(System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(after)), CultureInfo.InvariantCulture);
        var size = Math.Clamp(limit ?? 25, 1, 500);
        var page = days.Skip(start).Take(size).Select(day => Row(id, day, wanted, store.RestatementOf(id))).ToList();
        object result = start + size < days.Count
            ? new
            {
                data = page,
                paging = new
                {
                    cursors = new { before = Cursor(start), after = Cursor(start + size) },
                    next = $"{request.Scheme}://{request.Host}{request.Path}?fields={Uri.EscapeDataString(fields ?? "")}&time_range={Uri.EscapeDataString(time_range)}&time_increment=1&limit={size}&after={Uri.EscapeDataString(Cursor(start + size))}",
                },
            }
            : new { data = page, paging = new { cursors = new { before = Cursor(start), after = Cursor(start + page.Count) } } };
        return TypedResults.Json(result);
    }

    public static IResult Search(string? type, string? q, HttpRequest request)
    {
        if (!Bearer.Has(request, MetaGraphApis.TokenPrefix))
        {
            return Error(400, "Invalid OAuth access token - Cannot parse access token", "OAuthException", 190, null);
        }
        if (type != "adinterest" || string.IsNullOrWhiteSpace(q))
        {
            return Invalid("This sandbox serves type=adinterest searches with a q");
        }
        return TypedResults.Json(new
        {
            data = new[]
            {
                new { id = "600" + Stable.Number("interest:" + q.ToLowerInvariant(), 1_000_000_000, 9_999_999_999), name = q, audience_size_lower_bound = Stable.Number("size:" + q, 100_000, 5_000_000), path = new[] { "Interests", q } },
            },
        });
    }

    public static Dictionary<string, object> Row(string id, DateOnly day, IReadOnlySet<string> fields, int restatement = 0)
    {
        var key = restatement == 0 ? $"{id}:{day:yyyy-MM-dd}" : $"{id}:{day:yyyy-MM-dd}:r{restatement}";
        var impressions = Stable.Number(key + ":impressions", 1_000, 20_000);
        var reach = Stable.Number(key + ":reach", impressions / 2, impressions);
        var clicks = Stable.Number(key + ":clicks", 10, impressions / 20);
        var spendCents = clicks * Stable.Number(key + ":cpc", 20, 150);
        var purchases = Stable.Number(key + ":purchases", 0, Math.Max(1, clicks / 10));
        var valueCents = purchases * Stable.Number(key + ":aov", 1_500, 6_000);
        var row = new Dictionary<string, object> { ["date_start"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["date_stop"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        Put(row, fields, "impressions", impressions.ToString(CultureInfo.InvariantCulture));
        Put(row, fields, "reach", reach.ToString(CultureInfo.InvariantCulture));
        Put(row, fields, "clicks", clicks.ToString(CultureInfo.InvariantCulture));
        Put(row, fields, "spend", (spendCents / 100m).ToString("0.00", CultureInfo.InvariantCulture));
        Put(row, fields, "actions", new[] { new { action_type = "link_click", value = clicks.ToString(CultureInfo.InvariantCulture) }, new { action_type = "offsite_conversion.fb_pixel_purchase", value = purchases.ToString(CultureInfo.InvariantCulture) } });
        Put(row, fields, "action_values", new[] { new { action_type = "offsite_conversion.fb_pixel_purchase", value = (valueCents / 100m).ToString("0.00", CultureInfo.InvariantCulture) } });
        return row;
    }

    private static void Put(Dictionary<string, object> row, IReadOnlySet<string> fields, string field, object value)
    {
        if (fields.Contains(field))
        {
            row[field] = value;
        }
    }

    private static IResult? Magic(MarketingStore store, HttpResponse response, string account, string name, string edge)
    {
        if (name.Contains("[fail]", StringComparison.Ordinal))
        {
            Usage(response, account, 4);
            return Error(400, "Invalid parameter", "OAuthException", 100, 1885316, $"The {edge} was refused by the sandbox: its name asks for a failure.");
        }
        if (name.Contains("[flaky]", StringComparison.Ordinal) && store.FirstTime($"flaky:{account}:{edge}:{name}"))
        {
            return TypedResults.Json(new { error = new { message = "An unexpected error has occurred. Please retry your request later.", type = "OAuthException", code = 2, is_transient = true, fbtrace_id = Stable.Token("A", name) } },
                statusCode: StatusCodes.Status500InternalServerError);
        }
        if (name.Contains("[throttle]", StringComparison.Ordinal) && store.FirstTime($"throttle:{account}:{edge}:{name}"))
        {
            Usage(response, account, 100, regainMinutes: 1);
            return Error(400, "There have been too many calls from this ad-account. Wait a bit and try again.", "OAuthException", 80004, 2446079);
        }
        return null;
    }

    private static void Usage(HttpResponse response, string account, int callCount, int regainMinutes = 0) =>
        response.Headers[UsageHeader] = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            [account] = new[] { new { type = "ads_management", call_count = callCount, total_cputime = Math.Max(1, callCount / 2), total_time = Math.Max(1, callCount / 2), estimated_time_to_regain_access = regainMinutes } },
        });

    private static async Task<Dictionary<string, string>> ReadAsync(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            return form.ToDictionary(f => f.Key, f => f.Value.ToString());
        }
        return request.Query.ToDictionary(q => q.Key, q => q.Value.ToString());
    }

    private static MarketingObject? Parent(MarketingStore store, string account, string? id, string kind) =>
        id is not null && store.Find(id) is { Deleted: false } found && found.Account == account && found.Kind == kind ? found : null;

    private static bool Json(Dictionary<string, string> form, string field, out JsonElement value)
    {
        value = default;
        if (!form.TryGetValue(field, out var text))
        {
            return false;
        }
        try
        {
            using var document = JsonDocument.Parse(text);
            value = document.RootElement.Clone();
            return value.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static long? Long(Dictionary<string, string> form, string field) =>
        form.TryGetValue(field, out var text) && long.TryParse(text, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string Status(Dictionary<string, string> form) => form.GetValueOrDefault("status") ?? "ACTIVE";

    private static string Cursor(int index) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(index.ToString(CultureInfo.InvariantCulture)));

    private static IResult Created(MarketingStore store, string account, string edge, MarketingObject created) =>
        store.TakeLostReply(account, edge)
            ? TypedResults.Json(new { error = new { message = "An unknown error occurred", type = "OAuthException", code = 1, is_transient = true, fbtrace_id = Stable.Token("A", created.Id) } },
                statusCode: StatusCodes.Status500InternalServerError)
            : TypedResults.Json(new { id = created.Id });

    /// <summary>
    /// An edge's live objects, optionally filtered by name the way Graph's <c>filtering</c> parameter does
    /// (https://developers.facebook.com/docs/marketing-api/reference/ad-account/campaigns/): <c>CONTAIN</c> or <c>EQUAL</c> on <c>name</c>.
    /// </summary>
    public static IResult List(string account, string edge, string? filtering, HttpRequest request, HttpResponse response, MarketingStore store)
    {
        if (!Bearer.Has(request, MetaGraphApis.TokenPrefix))
        {
            return Error(400, "Invalid OAuth access token - Cannot parse access token", "OAuthException", 190, null);
        }
        if (KindOf(edge) is not { } kind)
        {
            return Error(400, $"Unknown path components: /act_{account}/{edge}", "OAuthException", 2500, null);
        }
        Func<string, bool> matches = _ => true;
        if (filtering is not null)
        {
            try
            {
                using var filters = JsonDocument.Parse(filtering);
                foreach (var filter in filters.RootElement.EnumerateArray())
                {
                    var field = filter.GetProperty("field").GetString();
                    var op = filter.GetProperty("operator").GetString();
                    var value = filter.GetProperty("value").GetString() ?? "";
                    if (field != "name" || op is not ("CONTAIN" or "EQUAL"))
                    {
                        return Invalid("This sandbox filters on name with CONTAIN or EQUAL");
                    }
                    var previous = matches;
                    matches = op == "EQUAL" ? n => previous(n) && n == value : n => previous(n) && n.Contains(value, StringComparison.Ordinal);
                }
            }
            catch (Exception malformed) when (malformed is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                return Invalid("Param filtering must be a JSON array of {field, operator, value}");
            }
        }
        Usage(response, account, 1);
        return TypedResults.Json(new { data = store.Named(account, kind, matches).Select(o => new { id = o.Id, name = o.Name }), paging = new { cursors = new { } } });
    }

    /// <summary>
    /// Meta's limits on an ad set of an EMPLOYMENT campaign (https://developers.facebook.com/documentation/ads-commerce/marketing-api/audiences/special-ad-category):
    /// ages 18 to 65+, no genders, no ZIP codes, radii of at least 15 miles.
    /// </summary>
    private static string? EmploymentViolation(JsonElement targeting)
    {
        if (targeting.TryGetProperty("genders", out _))
        {
            return "Ad sets in the EMPLOYMENT special ad category cannot target by gender";
        }
        if ((targeting.TryGetProperty("age_min", out var min) && min.GetInt32() != 18) || (targeting.TryGetProperty("age_max", out var max) && max.GetInt32() != 65))
        {
            return "Ad sets in the EMPLOYMENT special ad category must target ages 18 to 65+";
        }
        if (targeting.TryGetProperty("geo_locations", out var geo))
        {
            if (geo.TryGetProperty("zips", out _))
            {
                return "Ad sets in the EMPLOYMENT special ad category cannot target ZIP codes";
            }
            if (geo.TryGetProperty("custom_locations", out var places) && places.EnumerateArray().Any(p =>
                p.TryGetProperty("radius", out var radius) && radius.GetDouble() * (p.TryGetProperty("distance_unit", out var unit) && unit.GetString() == "kilometer" ? 0.621371 : 1) < 15))
            {
                return "Ad sets in the EMPLOYMENT special ad category need a radius of at least 15 miles";
            }
        }
        return null;
    }

    private static string? KindOf(string edge) => edge switch
    {
        "campaigns" => "campaign",
        "adsets" => "adset",
        "adcreatives" => "adcreative",
        "ads" => "ad",
        "customaudiences" => "customaudience",
        _ => null,
    };

    private static IResult Invalid(string message) => Error(400, "Invalid parameter", "OAuthException", 100, 1487390, message);

    private static IResult Error(int status, string message, string type, int code, int? subcode, string? userMessage = null) =>
        TypedResults.Json(new
        {
            error = new { message, type, code, error_subcode = subcode, is_transient = false, error_user_msg = userMessage, fbtrace_id = Stable.Token("A", message) },
        }, statusCode: status);
}
