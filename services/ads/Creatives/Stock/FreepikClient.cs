using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace AdFlux.Ads.Creatives.Stock;

/// <summary>
/// Freepik's stock API (https://docs.freepik.com/api-reference/resources/get-all-resources and
/// https://docs.freepik.com/api-reference/resources/download-a-resource): search with paging and
/// filters, then a download URL per resource and the file's bytes. Authenticated by the
/// <c>x-freepik-api-key</c> header; a refusal raises <see cref="FreepikException"/> with Freepik's status and message.
/// </summary>
public sealed class FreepikClient(HttpClient http, IOptions<FreepikOptions> options)
{
    public const string KeyHeader = "x-freepik-api-key";

    public async Task<StockPage> SearchAsync(StockSearch search, CancellationToken cancellationToken)
    {
        var query = new StringBuilder("v1/resources?term=").Append(Uri.EscapeDataString(search.Term))
            .Append("&page=").Append(search.Page.ToString(CultureInfo.InvariantCulture))
            .Append("&limit=").Append(search.Limit.ToString(CultureInfo.InvariantCulture));
        AppendFilters(query, "orientation", search.Orientations);
        AppendFilters(query, "content_type", search.ContentTypes);
        AppendFilters(query, "license", search.Licences);
        using var document = await GetJsonAsync(query.ToString(), cancellationToken);
        var root = document.RootElement;
        var resources = root.GetProperty("data").EnumerateArray().Select(Resource).ToList();
        var meta = root.TryGetProperty("meta", out var m) ? m : default;
        return new StockPage(resources,
            Int(meta, "current_page", search.Page), Int(meta, "per_page", search.Limit), Int(meta, "last_page", search.Page), Int(meta, "total", resources.Count));
    }

    /// <summary>One resource by id (<c>GET /v1/resources/{id}</c>), with its licences and author; Freepik's 404 raises <see cref="FreepikException"/>.</summary>
    public async Task<StockResource> GetResourceAsync(long id, CancellationToken cancellationToken)
    {
        using var document = await GetJsonAsync($"v1/resources/{id.ToString(CultureInfo.InvariantCulture)}", cancellationToken);
        return Resource(document.RootElement.GetProperty("data"));
    }

    public async Task<StockDownload> GetDownloadAsync(long id, CancellationToken cancellationToken)
    {
        using var document = await GetJsonAsync($"v1/resources/{id.ToString(CultureInfo.InvariantCulture)}/download", cancellationToken);
        var data = document.RootElement.GetProperty("data");
        return new StockDownload(data.GetProperty("filename").GetString()!, new Uri(data.GetProperty("url").GetString()!));
    }

    /// <summary>The file behind a download URL (a CDN address: no API key is sent there).</summary>
    public async Task<byte[]> DownloadAsync(StockDownload download, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(download.Url, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new FreepikException((int)response.StatusCode, $"the file {download.Filename} could not be fetched");
        }
        return await response.Content.ReadAsByteArrayAsync(cancellationToken);
    }

    private async Task<JsonDocument> GetJsonAsync(string relative, CancellationToken cancellationToken)
    {
        var baseUrl = options.Value.BaseUrl;
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/"), relative));
        request.Headers.Add(KeyHeader, options.Value.ApiKey
            ?? throw new InvalidOperationException($"{FreepikOptions.Section}:{nameof(FreepikOptions.ApiKey)} is not set."));
        using var response = await http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new FreepikException((int)response.StatusCode, MessageOf(body), response.Headers.RetryAfter?.Delta);
        }
        return JsonDocument.Parse(body);
    }

    private static StockResource Resource(JsonElement item)
    {
        var image = item.TryGetProperty("image", out var i) ? i : default;
        var source = image.ValueKind == JsonValueKind.Object && image.TryGetProperty("source", out var s) ? s : default;
        var author = item.GetProperty("author");
        return new StockResource(
            item.GetProperty("id").GetInt64(),
            item.GetProperty("title").GetString()!,
            item.GetProperty("url").GetString()!,
            String(item, "filename"),
            String(image, "type"),
            String(image, "orientation"),
            String(source, "url") ?? "",
            String(source, "size"),
            item.TryGetProperty("licenses", out var licences)
                ? [.. licences.EnumerateArray().Select(l => new StockLicence(l.GetProperty("type").GetString()!, String(l, "url") ?? ""))]
                : [],
            new StockAuthor(author.GetProperty("id").GetInt64(), author.GetProperty("name").GetString()!, String(author, "slug"), String(author, "avatar")));
    }

    private static void AppendFilters(StringBuilder query, string group, IReadOnlyList<string>? values)
    {
        foreach (var value in values ?? [])
        {
            query.Append('&').Append(Uri.EscapeDataString($"filters[{group}][{value}]")).Append("=1");
        }
    }

    private static string MessageOf(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return String(document.RootElement, "message") ?? body;
        }
        catch (JsonException)
        {
            return body.Length > 200 ? body[..200] : body;
        }
    }

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int Int(JsonElement element, string name, int fallback) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.TryGetInt32(out var number) ? number : fallback;
}
