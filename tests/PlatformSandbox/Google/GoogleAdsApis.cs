using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AdFlux.PlatformSandbox.Google;

/// <summary>
/// Google Ads API over REST (https://developers.google.com/google-ads/api/rest/overview):
/// <c>customers/{id}/campaignBudgets:mutate</c>, <c>campaigns:mutate</c>, <c>adGroups:mutate</c>,
/// <c>adGroupAds:mutate</c> (create, update with <c>updateMask</c>, remove) and
/// <c>googleAds:searchStream</c> for a campaign's daily metrics in GAQL, with the
/// <c>GoogleAdsFailure</c> error shape. Calls need a <c>ya29.sandbox-</c> bearer token from <c>/token</c>
/// and a <c>developer-token</c> header. Magic names: <c>[fail]</c> is refused
/// (<c>resourceCountLimitExceededError.ACCOUNT_LIMIT</c>), <c>[flaky]</c> fails once with 503.
/// <c>GET /sandbox/google/counters?customer=…</c> tells how many resources of each kind a customer created;
/// <c>POST /sandbox/google/lose-replies?customer=…&amp;method=campaigns:mutate&amp;count=1</c> makes the next mutates of
/// that method happen and then answer 500. searchStream also finds resources by name:
/// <c>SELECT r.resource_name FROM r WHERE r.name LIKE '%…%' AND r.status != 'REMOVED'</c> (r: campaign_budget, campaign, ad_group; ad_group_ad by ad_group_ad.ad.name).
/// </summary>
public static partial class GoogleAdsApis
{
    private static readonly Dictionary<string, (string Kind, string Collection)> Services = new()
    {
        ["campaignBudgets:mutate"] = ("campaignBudget", "campaignBudgets"),
        ["campaigns:mutate"] = ("campaign", "campaigns"),
        ["adGroups:mutate"] = ("adGroup", "adGroups"),
        ["adGroupAds:mutate"] = ("adGroupAd", "adGroupAds"),
    };

    public static IEndpointRouteBuilder MapGoogleAdsApis(this IEndpointRouteBuilder app)
    {
        app.MapPost("/{version:regex(^v\\d+$)}/customers/{customerId}/{method}", HandleAsync).DisableAntiforgery();
        app.MapPost("/sandbox/google/lose-replies", (string customer, string method, int? count, GoogleAdsStore store) =>
        {
            store.LoseReplies(customer, method, count ?? 1);
            return TypedResults.NoContent();
        });
        app.MapGet("/sandbox/google/counters", (string customer, GoogleAdsStore store) => TypedResults.Json(new
        {
            creates = store.CreatesOf(customer),
            resources = store.OfCustomer(customer).Select(r => new { r.ResourceName, r.Kind, r.Parent, r.Removed, status = r.Fields["status"]?.GetValue<string>(), fields = r.Fields }),
        }));
        return app;
    }

    public static async Task<IResult> HandleAsync(string version, string customerId, string method, HttpRequest request, GoogleAdsStore store)
    {
        if (!Bearer.Has(request, GoogleApis.TokenPrefix))
        {
            return Failure(version, 401, "UNAUTHENTICATED", "authenticationError", "NOT_ADS_USER", "Request is missing required authentication credential.");
        }
        if (string.IsNullOrEmpty(request.Headers["developer-token"]))
        {
            return Failure(version, 401, "UNAUTHENTICATED", "authenticationError", "DEVELOPER_TOKEN_PARAMETER_MISSING", "The developer token is missing.");
        }
        using var body = await JsonDocument.ParseAsync(request.Body);
        if (method == "googleAds:searchStream")
        {
            return SearchStream(version, customerId, body.RootElement, store);
        }
        if (!Services.TryGetValue(method, out var service))
        {
            return Failure(version, 404, "NOT_FOUND", "requestError", "UNKNOWN", $"Method not found: {method}.");
        }
        var operations = JsonNode.Parse(body.RootElement.GetRawText())!["operations"]?.AsArray();
        if (operations is null || operations.Count == 0)
        {
            return Failure(version, 400, "INVALID_ARGUMENT", "mutateError", "EMPTY_OPERATIONS", "The request contains no operations.");
        }
        var results = new JsonArray();
        foreach (var operation in operations)
        {
            if (operation?["create"] is JsonObject create)
            {
                var name = create["name"]?.GetValue<string>() ?? create["ad"]?["name"]?.GetValue<string>() ?? "";
                if (name.Contains("[fail]", StringComparison.Ordinal))
                {
                    return Failure(version, 400, "INVALID_ARGUMENT", "resourceCountLimitExceededError", "ACCOUNT_LIMIT",
                        $"The {service.Kind} was refused by the sandbox: its name asks for a failure.");
                }
                if (name.Contains("[flaky]", StringComparison.Ordinal) && store.FirstTime($"{customerId}:{service.Kind}:{name}"))
                {
                    return Failure(version, 503, "UNAVAILABLE", "internalError", "TRANSIENT_ERROR", "The service is currently unavailable.");
                }
                if (Validate(store, customerId, service.Kind, create) is { } invalid)
                {
                    return Failure(version, 400, "INVALID_ARGUMENT", invalid.Family, invalid.Code, invalid.Message);
                }
                var parent = service.Kind switch
                {
                    "campaign" => create["campaignBudget"]?.GetValue<string>(),
                    "adGroup" => create["campaign"]?.GetValue<string>(),
                    "adGroupAd" => create["adGroup"]?.GetValue<string>(),
                    _ => null,
                };
                create["status"] ??= "ENABLED";
                var created = store.Create(customerId, service.Kind, service.Collection, parent, (JsonObject)create.DeepClone());
                results.Add(new JsonObject { ["resourceName"] = created.ResourceName });
            }
            else if (operation?["update"] is JsonObject update)
            {
                if (store.Find(update["resourceName"]?.GetValue<string>()) is not { Removed: false } target)
                {
                    return Failure(version, 400, "INVALID_ARGUMENT", "mutateError", "RESOURCE_NOT_FOUND", "Resource was not found.");
                }
                var mask = operation["updateMask"]?.GetValue<string>() ?? "";
                foreach (var field in mask.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    var key = Camel(field);
                    target.Fields[key] = update[key]?.DeepClone();
                }
                results.Add(new JsonObject { ["resourceName"] = target.ResourceName });
            }
            else if (operation?["remove"] is JsonValue remove)
            {
                if (store.Find(remove.GetValue<string>()) is not { Removed: false } target)
                {
                    return Failure(version, 400, "INVALID_ARGUMENT", "mutateError", "RESOURCE_NOT_FOUND", "Resource was not found.");
                }
                target.Removed = true;
                target.Fields["status"] = "REMOVED";
                results.Add(new JsonObject { ["resourceName"] = target.ResourceName });
            }
            else
            {
                return Failure(version, 400, "INVALID_ARGUMENT", "mutateError", "MUTATE_NOT_ALLOWED", "An operation must create, update or remove.");
            }
        }
        if (store.TakeLostReply(customerId, method))
        {
            return Failure(version, 500, "INTERNAL", "internalError", "INTERNAL_ERROR", "An internal error has occurred.");
        }
        return TypedResults.Json(new JsonObject { ["results"] = results });
    }

    /// <summary>
    /// <c>SELECT segments.date, metrics.… FROM campaign WHERE campaign.id = N AND segments.date BETWEEN 'a' AND 'b'</c>:
    /// one batch of rows, one per day, stable per campaign and day.
    /// </summary>
    private static IResult SearchStream(string version, string customerId, JsonElement body, GoogleAdsStore store)
    {
        var query = body.TryGetProperty("query", out var q) ? q.GetString() ?? "" : "";
        if (NameSearch().Match(query) is { Success: true } byName)
        {
            return FindByName(version, customerId, byName, store);
        }
        var campaign = CampaignFilter().Match(query);
        var dates = DateFilter().Match(query);
        if (!query.Contains("FROM campaign", StringComparison.Ordinal) || !campaign.Success || !dates.Success)
        {
            return Failure(version, 400, "INVALID_ARGUMENT", "queryError", "UNEXPECTED_END_OF_QUERY",
                "This sandbox serves SELECT … FROM campaign WHERE campaign.id = N AND segments.date BETWEEN 'yyyy-MM-dd' AND 'yyyy-MM-dd'.");
        }
        var id = campaign.Groups[1].Value;
        var from = DateOnly.ParseExact(dates.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var to = DateOnly.ParseExact(dates.Groups[2].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var rows = new JsonArray();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            var key = $"google:{id}:{day:yyyy-MM-dd}";
            var impressions = Stable.Number(key + ":impressions", 500, 15_000);
            var clicks = Stable.Number(key + ":clicks", 5, impressions / 15);
            var costMicros = clicks * Stable.Number(key + ":cpc", 100_000, 2_000_000);
            var conversions = Stable.Number(key + ":conversions", 0, Math.Max(1, clicks / 8));
            rows.Add(new JsonObject
            {
                ["campaign"] = new JsonObject { ["resourceName"] = $"customers/{customerId}/campaigns/{id}", ["id"] = id },
                ["metrics"] = new JsonObject
                {
                    ["impressions"] = impressions.ToString(CultureInfo.InvariantCulture),
                    ["clicks"] = clicks.ToString(CultureInfo.InvariantCulture),
                    ["costMicros"] = costMicros.ToString(CultureInfo.InvariantCulture),
                    ["conversions"] = (double)conversions,
                    ["conversionsValue"] = conversions * Stable.Number(key + ":value", 10, 80),
                },
                ["segments"] = new JsonObject { ["date"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
            });
        }
        return TypedResults.Json(new JsonArray(new JsonObject
        {
            ["results"] = rows,
            ["fieldMask"] = "segments.date,metrics.impressions,metrics.clicks,metrics.costMicros,metrics.conversions,metrics.conversionsValue",
            ["requestId"] = Stable.Token("r", query),
        }));
    }

    private static IResult FindByName(string version, string customerId, Match byName, GoogleAdsStore store)
    {
        var resource = byName.Groups[1].Value;
        var kind = resource switch
        {
            "campaign_budget" => "campaignBudget",
            "campaign" => "campaign",
            "ad_group" => "adGroup",
            "ad_group_ad" => "adGroupAd",
            _ => null,
        };
        var field = byName.Groups[3].Value;
        if (kind is null || byName.Groups[2].Value != resource || byName.Groups[5].Value != resource
            || field != (kind == "adGroupAd" ? "ad_group_ad.ad.name" : resource + ".name"))
        {
            return Failure(version, 400, "INVALID_ARGUMENT", "queryError", "INVALID_ARGUMENT_TYPE", "This sandbox finds campaign_budget, campaign, ad_group and ad_group_ad by name.");
        }
        var wanted = byName.Groups[4].Value.Replace("\\'", "'", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
        var rows = new JsonArray();
        foreach (var found in store.OfCustomer(customerId).Where(r => r.Kind == kind && !r.Removed))
        {
            var name = (kind == "adGroupAd" ? found.Fields["ad"]?["name"] : found.Fields["name"])?.GetValue<string>() ?? "";
            if (name.Contains(wanted, StringComparison.Ordinal))
            {
                rows.Add(new JsonObject { [Camel(resource)] = new JsonObject { ["resourceName"] = found.ResourceName } });
            }
        }
        return TypedResults.Json(new JsonArray(new JsonObject { ["results"] = rows, ["fieldMask"] = Camel(resource) + ".resourceName" }));
    }

    private static (string Family, string Code, string Message)? Validate(GoogleAdsStore store, string customer, string kind, JsonObject create)
    {
        bool Exists(string? name, string wanted) => store.Find(name) is { Removed: false } found && found.Customer == customer && found.Kind == wanted;
        return kind switch
        {
            "campaignBudget" when create["amountMicros"] is null && create["totalAmountMicros"] is null =>
                ("campaignBudgetError", "MONEY_AMOUNT_TOO_SMALL", "A budget needs amountMicros or totalAmountMicros."),
            "campaign" when !Exists(create["campaignBudget"]?.GetValue<string>(), "campaignBudget") =>
                ("campaignError", "INVALID_CAMPAIGN_BUDGET", "The campaign budget does not exist."),
            "campaign" when create["advertisingChannelType"] is null =>
                ("fieldError", "REQUIRED", "advertisingChannelType is required."),
            "adGroup" when !Exists(create["campaign"]?.GetValue<string>(), "campaign") =>
                ("adGroupError", "INVALID_CAMPAIGN", "The campaign does not exist."),
            "adGroupAd" when !Exists(create["adGroup"]?.GetValue<string>(), "adGroup") =>
                ("adGroupAdError", "AD_GROUP_NOT_FOUND", "The ad group does not exist."),
            "adGroupAd" when create["ad"]?["finalUrls"] is not JsonArray { Count: > 0 } =>
                ("adError", "FINAL_URLS_MISSING", "The ad needs finalUrls."),
            _ => null,
        };
    }

    private static string Camel(string field) =>
        string.Concat(field.Split('_').Select((part, i) => i == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));

    /// <summary>Google's error envelope with one <c>GoogleAdsFailure</c> detail naming the error enum.</summary>
    private static IResult Failure(string version, int code, string status, string family, string errorCode, string message) =>
        TypedResults.Json(new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["code"] = code,
                ["message"] = code == 400 ? "Request contains an invalid argument." : message,
                ["status"] = status,
                ["details"] = new JsonArray(new JsonObject
                {
                    ["@type"] = $"type.googleapis.com/google.ads.googleads.{version}.errors.GoogleAdsFailure",
                    ["errors"] = new JsonArray(new JsonObject
                    {
                        ["errorCode"] = new JsonObject { [family] = errorCode },
                        ["message"] = message,
                    }),
                    ["requestId"] = Stable.Token("r", message),
                }),
            },
        }, statusCode: code);

    [GeneratedRegex(@"^SELECT (\w+)\.resource_name FROM (\w+) WHERE ([\w.]+) LIKE '%(.*)%' AND (\w+)\.status != 'REMOVED'$")]
    private static partial Regex NameSearch();

    [GeneratedRegex(@"campaign\.id\s*=\s*(\d+)")]
    private static partial Regex CampaignFilter();

    [GeneratedRegex(@"segments\.date\s+BETWEEN\s+'(\d{4}-\d{2}-\d{2})'\s+AND\s+'(\d{4}-\d{2}-\d{2})'")]
    private static partial Regex DateFilter();
}
