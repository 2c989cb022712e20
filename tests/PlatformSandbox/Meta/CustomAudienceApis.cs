using System.Text.Json;
using System.Text.RegularExpressions;

namespace AdFlux.PlatformSandbox.Meta;

/// <summary>
/// Custom audience users (https://developers.facebook.com/docs/marketing-api/audiences/guides/custom-audiences#hash):
/// <c>POST /{audience-id}/users</c> with <c>payload={"schema":[…],"data":[[…]]}</c> and an optional multi-batch
/// <c>session</c>. Stricter than Meta on purpose: every value must already be a SHA-256 hash (64 lower-case hex)
/// or empty, so a raw email or phone that reaches it fails the request (and its text is never echoed back).
/// At most 10,000 rows per request; a session's batches must come in order.
/// <c>GET /sandbox/meta/audience?id=…</c> shows what an audience received.
/// </summary>
public static partial class CustomAudienceApis
{
    public const int MaxRows = 10_000;

    private static readonly HashSet<string> Keys = ["EMAIL", "EMAIL_SHA256", "PHONE", "PHONE_SHA256"];

    public static IEndpointRouteBuilder MapCustomAudienceApis(this IEndpointRouteBuilder app)
    {
        app.MapPost("/{version:regex(^v\\d+\\.\\d+$)}/{id}/users", AddUsersAsync).DisableAntiforgery();
        app.MapGet("/sandbox/meta/audience", (string id, MarketingStore store) =>
            store.Find(id) is { Kind: "customaudience" } audience
                ? Results.Json(new { audience.Id, audience.Name, audience.Fields, users = store.UsersOf(id) })
                : Results.NotFound());
        return app;
    }

    public static async Task<IResult> AddUsersAsync(string id, HttpRequest request, MarketingStore store)
    {
        if (!Bearer.Has(request, MetaGraphApis.TokenPrefix))
        {
            return Error("Invalid OAuth access token - Cannot parse access token", 190, null);
        }
        if (store.Find(id) is not { Kind: "customaudience", Deleted: false })
        {
            return Error($"Unsupported post request. Object with ID '{id}' does not exist", 100, 33);
        }
        var form = await request.ReadFormAsync();
        string[] schema;
        List<string[]> rows = [];
        try
        {
            using var payload = JsonDocument.Parse(form["payload"].ToString());
            schema = [.. payload.RootElement.GetProperty("schema").EnumerateArray().Select(k => k.GetString() ?? "")];
            if (schema.Length == 0 || schema.Any(k => !Keys.Contains(k)) || schema.Distinct().Count() != schema.Length)
            {
                return Invalid("Param payload[schema] must list distinct keys of {EMAIL, EMAIL_SHA256, PHONE, PHONE_SHA256}");
            }
            var index = 0;
            foreach (var row in payload.RootElement.GetProperty("data").EnumerateArray())
            {
                var values = row.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString()! : "\u0000").ToArray();
                if (values.Length != schema.Length)
                {
                    return Invalid($"Param payload[data][{index}] must have one value per schema key");
                }
                for (var column = 0; column < values.Length; column++)
                {
                    if (values[column].Length > 0 && !Sha256Hex().IsMatch(values[column]))
                    {
                        return Invalid($"Param payload[data][{index}][{column}] ({schema[column]}) is not a SHA-256 hash: customer data must be normalised and hashed before it is sent");
                    }
                }
                rows.Add(values);
                index++;
            }
        }
        catch (Exception malformed) when (malformed is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return Invalid("Param payload must be JSON with schema and data");
        }
        if (rows.Count is 0 or > MaxRows)
        {
            return Invalid($"Param payload[data] must hold 1 to {MaxRows} rows");
        }
        var session = new AudienceBatch(0, 1, true, rows.Count, rows.Count);
        if (form.ContainsKey("session"))
        {
            try
            {
                using var parsed = JsonDocument.Parse(form["session"].ToString());
                var root = parsed.RootElement;
                session = new AudienceBatch(root.GetProperty("session_id").GetInt64(), root.GetProperty("batch_seq").GetInt32(),
                    root.GetProperty("last_batch_flag").GetBoolean(),
                    root.TryGetProperty("estimated_num_total", out var total) ? total.GetInt32() : rows.Count, rows.Count);
            }
            catch (Exception malformed) when (malformed is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                return Invalid("Param session must be JSON with session_id, batch_seq and last_batch_flag");
            }
        }
        if (!store.AddUsers(id, session, rows))
        {
            return Invalid($"Param session[batch_seq] {session.BatchSeq} is out of order for session {session.SessionId}");
        }
        return TypedResults.Json(new
        {
            audience_id = id,
            session_id = session.SessionId,
            num_received = rows.Count,
            num_invalid_entries = 0,
            invalid_entry_samples = new { },
        });
    }

    private static IResult Invalid(string message) => Error(message, 100, 2650);

    private static IResult Error(string message, int code, int? subcode) =>
        TypedResults.Json(new { error = new { message, type = "OAuthException", code, error_subcode = subcode, is_transient = false, fbtrace_id = Stable.Token("A", message) } },
            statusCode: StatusCodes.Status400BadRequest);

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256Hex();
}
