using System.Net.Http.Json;
using System.Text.Json;

namespace AdFlux.Web.Gateway;

/// <summary>An RFC 9457 problem an API answered: what the page shows instead of a raw status.</summary>
public sealed record ApiProblem(int Status, string Title, string? Detail, IReadOnlyDictionary<string, string[]> Errors)
{
    public static ApiProblem Of(int status, string title, string? detail = null) => new(status, title, detail, new Dictionary<string, string[]>());

    public static async Task<ApiProblem> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        try
        {
            var body = await response.Content.ReadFromJsonAsync<ProblemBody>(cancellationToken);
            if (body?.Title is { Length: > 0 } title)
            {
                return new(status, title, body.Detail, body.Errors ?? new Dictionary<string, string[]>());
            }
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException)
        {
            // Not a problem document (a proxy's error page, an empty body): described below instead.
        }
        return Of(status, response.ReasonPhrase ?? "Request failed", $"HTTP {status}");
    }

    private sealed record ProblemBody(string? Title, string? Detail, Dictionary<string, string[]>? Errors);
}
