using System.Text;
using System.Text.Json;

namespace AdFlux.PlatformSandbox.Google;

/// <summary>
/// Google's OAuth 2.0 token endpoint (JWT-bearer grant for service accounts, refresh-token grant for
/// user credentials; https://developers.google.com/identity/protocols/oauth2/service-account#httprest)
/// and Sheets v4 <c>values.get</c> / <c>values.append</c>. The sandbox checks an assertion's form and
/// claims, not its signature: it has no registry of service-account public keys. A refresh token containing
/// <c>[revoked]</c> is refused with <c>invalid_grant</c>, as Google does for an expired or revoked one, and so is
/// the assertion of a service account whose email contains <c>[revoked]</c> (a deleted key).
/// </summary>
public static class GoogleApis
{
    public const string TokenPrefix = "ya29.sandbox-";
    public const string JwtBearer = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    public static IEndpointRouteBuilder MapGoogleApis(this IEndpointRouteBuilder app)
    {
        app.MapPost("/token", TokenAsync).DisableAntiforgery();
        app.MapGet("/v4/spreadsheets/{spreadsheetId}/values/{range}", GetValues);
        app.MapPost("/v4/spreadsheets/{spreadsheetId}/values/{range}", AppendValuesAsync);
        return app;
    }

    public static async Task<IResult> TokenAsync(HttpRequest request)
    {
        if (!request.HasFormContentType)
        {
            return OAuthError("invalid_request", "Expected application/x-www-form-urlencoded.");
        }
        var form = await request.ReadFormAsync();
        switch (form["grant_type"].ToString())
        {
            case JwtBearer:
                var claims = Claims(form["assertion"].ToString());
                if (claims is null || !claims.Value.TryGetProperty("iss", out var iss) || !claims.Value.TryGetProperty("scope", out var scope)
                    || !claims.Value.TryGetProperty("aud", out _) || !claims.Value.TryGetProperty("exp", out var exp)
                    || DateTimeOffset.FromUnixTimeSeconds(exp.GetInt64()) < DateTimeOffset.UtcNow)
                {
                    return OAuthError("invalid_grant", "Invalid JWT: the assertion must carry iss, scope, aud and an exp in the future.");
                }
                if (iss.GetString()?.Contains("[revoked]", StringComparison.Ordinal) == true)
                {
                    return OAuthError("invalid_grant", "Invalid JWT Signature.");
                }
                return Token($"{iss.GetString()}|{scope.GetString()}");
            case "refresh_token" when form["refresh_token"].ToString().Contains("[revoked]", StringComparison.Ordinal):
                return OAuthError("invalid_grant", "Token has been expired or revoked.");
            case "refresh_token" when !string.IsNullOrEmpty(form["refresh_token"]) && !string.IsNullOrEmpty(form["client_id"]):
                return Token($"{form["client_id"]}|{form["refresh_token"]}");
            case "refresh_token":
                return OAuthError("invalid_grant", "Bad Request");
            default:
                return OAuthError("unsupported_grant_type", "Invalid grant_type: " + form["grant_type"]);
        }
    }

    public static IResult GetValues(string spreadsheetId, string range, HttpRequest request, SheetStore sheets)
    {
        if (!Bearer.Has(request, TokenPrefix))
        {
            return GoogleError(StatusCodes.Status401Unauthorized, "UNAUTHENTICATED", "Request is missing required authentication credential.");
        }
        var tab = range.Split('!')[0].Trim('\'');
        if (sheets.Read(spreadsheetId, tab) is not { } rows)
        {
            return GoogleError(StatusCodes.Status400BadRequest, "INVALID_ARGUMENT", $"Unable to parse range: {range}");
        }
        var lastColumn = (char)('A' + Math.Max(0, rows.Max(r => r.Count) - 1));
        return TypedResults.Json(new
        {
            range = $"{tab}!A1:{lastColumn}{rows.Count}",
            majorDimension = "ROWS",
            values = rows,
        });
    }

    /// <summary><c>POST …/values/{range}:append</c>; ASP.NET routing sees the <c>:append</c> as part of the range.</summary>
    public static async Task<IResult> AppendValuesAsync(string spreadsheetId, string range, HttpRequest request, SheetStore sheets)
    {
        if (!range.EndsWith(":append", StringComparison.Ordinal))
        {
            return GoogleError(StatusCodes.Status404NotFound, "NOT_FOUND", "Method not found.");
        }
        if (!Bearer.Has(request, TokenPrefix))
        {
            return GoogleError(StatusCodes.Status401Unauthorized, "UNAUTHENTICATED", "Request is missing required authentication credential.");
        }
        var tab = range[..^":append".Length].Split('!')[0].Trim('\'');
        using var body = await JsonDocument.ParseAsync(request.Body);
        var rows = body.RootElement.GetProperty("values").EnumerateArray()
            .Select(row => row.EnumerateArray().Select(cell => cell.ValueKind == JsonValueKind.String ? cell.GetString()! : cell.GetRawText()).ToList())
            .ToList();
        if (sheets.Read(spreadsheetId, tab) is null)
        {
            return GoogleError(StatusCodes.Status400BadRequest, "INVALID_ARGUMENT", $"Unable to parse range: {range}");
        }
        var added = sheets.Append(spreadsheetId, tab, rows);
        return TypedResults.Json(new { spreadsheetId, updates = new { spreadsheetId, updatedRows = added } });
    }

    private static JsonElement? Claims(string assertion)
    {
        var parts = assertion.Split('.');
        if (parts.Length != 3)
        {
            return null;
        }
        try
        {
            var payload = parts[1].Replace('-', '+').Replace('_', '/');
            payload = payload.PadRight(payload.Length + ((4 - payload.Length % 4) % 4), '=');
            using var document = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload)));
            return document.RootElement.Clone();
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return null;
        }
    }

    private static IResult Token(string key) =>
        TypedResults.Json(new { access_token = Stable.Token(TokenPrefix, key + DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 3000), expires_in = 3599, token_type = "Bearer" });

    private static IResult OAuthError(string error, string description) =>
        TypedResults.Json(new { error, error_description = description }, statusCode: StatusCodes.Status400BadRequest);

    public static IResult GoogleError(int code, string status, string message) =>
        TypedResults.Json(new { error = new { code, message, status } }, statusCode: code);
}
