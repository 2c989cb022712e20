namespace AdFlux.Testing.Auth;

/// <summary>
/// A tenant of the matrix world: its admin, its viewer (limited to the tenant's first client
/// profile), an active API key with the viewer role and a revoked one, and one resource of each
/// kind the endpoints name (<c>{clientProfile}</c> → an id). <see cref="OutOfScope"/> holds the
/// same kinds of resource belonging to a second client profile the viewer may not see.
/// </summary>
public sealed record MatrixTenant(
    string Name,
    Guid TenantId,
    Guid AdminUserId,
    string AdminToken,
    string ViewerToken,
    string? ApiKey,
    string? RevokedApiKey,
    IReadOnlyDictionary<string, string> Resources)
{
    /// <summary>Resources of the client profile outside the viewer's scope, by the same names as <see cref="Resources"/>.</summary>
    public IReadOnlyDictionary<string, string> OutOfScope { get; init; } = new Dictionary<string, string>();

    /// <summary>Values that only this tenant's data contains (its id and resource ids): finding one in another tenant's response is a leak.</summary>
    public IEnumerable<string> Markers => Resources.Values.Concat(OutOfScope.Values).Append(TenantId.ToString()).Distinct();

    /// <summary>This tenant with the out-of-scope resources in place of the in-scope ones.</summary>
    public MatrixTenant OutsideViewerScope()
    {
        var merged = new Dictionary<string, string>(Resources);
        foreach (var (name, value) in OutOfScope)
        {
            merged[name] = value;
        }
        return this with { Resources = merged };
    }
}
