using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace AdFlux.Ingest.Platforms;

/// <summary>Google Sheets API v4 <c>spreadsheets.values.get</c> (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values/get) with a service account.</summary>
public sealed class SheetsClient(HttpClient http, PlatformTokens tokens, IOptions<PlatformOptions> options)
{
    public const string ReadOnlyScope = "https://www.googleapis.com/auth/spreadsheets.readonly";

    public async Task<SheetValues> GetValuesAsync(GoogleServiceAccount account, string spreadsheetId, string range, CancellationToken cancellationToken)
    {
        var url = PlatformOptions.Under(options.Value.SheetsBaseUrl, $"v4/spreadsheets/{Uri.EscapeDataString(spreadsheetId)}/values/{Uri.EscapeDataString(range)}");
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GoogleServiceAccountAsync(account, ReadOnlyScope, cancellationToken));
        using var response = await http.SendAsync(request, cancellationToken);
        using var document = await PlatformResponses.ReadAsync("google-sheets", response, cancellationToken);
        var root = document.RootElement;
        var rows = root.TryGetProperty("values", out var values)
            ? values.EnumerateArray().Select(row => (IReadOnlyList<string>)row.EnumerateArray().Select(Cell).ToList()).ToList()
            : [];
        return new SheetValues(root.GetProperty("range").GetString()!, root.TryGetProperty("majorDimension", out var major) ? major.GetString()! : "ROWS", rows);
    }

    private static string Cell(JsonElement cell) => cell.ValueKind == JsonValueKind.String ? cell.GetString()! : cell.GetRawText();
}
