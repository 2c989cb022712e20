using System.Text.RegularExpressions;

namespace AdFlux.Testing.Auth;

/// <summary>
/// One endpoint in the <see cref="AuthMatrix"/>. <c>{name}</c> segments in <see cref="Path"/> (and in
/// its query string) are filled from <see cref="MatrixTenant.Resources"/>; <see cref="Body"/> makes a
/// valid JSON body, or returns an <see cref="HttpContent"/> (a multipart form, a CSV) sent as it is.
/// </summary>
public sealed partial record MatrixEndpoint(HttpMethod Method, string Path, Access Access, Func<MatrixTenant, object?>? Body)
{
    public string Name => NotRoutedByGateway ? $"{Method.Method} {Path} (internal)" : $"{Method.Method} {Path}";

    public bool HasResource => PathResources.Count > 0;

    /// <summary>It returns data of client profiles: the out-of-scope row must see the admin get such data (a control) and the viewer none.</summary>
    public bool ClientScoped { get; init; }

    /// <summary>
    /// It stores what it is sent and answers with that alone (an import): its own query cannot show the
    /// tenant's data, so another tenant's id in the query must be refused (400/404) instead.
    /// </summary>
    public bool WriteOnly { get; init; }

    /// <summary>A service-to-service endpoint the gateway must not route (its only row).</summary>
    public bool NotRoutedByGateway { get; init; }

    /// <summary>Resource names in the path proper.</summary>
    public IReadOnlyList<string> PathResources => Placeholders(Path.Split('?', 2)[0]);

    /// <summary>Resource names in the query string.</summary>
    public IReadOnlyList<string> QueryResources => Path.Split('?', 2) is [_, var query] ? Placeholders(query) : [];

    /// <summary>Resource names the body reads from its tenant (found by building it once with a recording tenant).</summary>
    public IReadOnlyList<string> BodyResources { get; } = Body is null ? [] : RecordingResources.ReadBy(Body);

    private static List<string> Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(match => match.Groups[1].Value)];

    [GeneratedRegex(@"\{([^}]+)\}")]
    private static partial Regex Placeholder();
}
