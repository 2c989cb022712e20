namespace AdFlux.Testing.Auth;

/// <summary>
/// A tenant of the matrix world: its admin and viewer (the viewer limited to the client profile
/// in <see cref="Resources"/>, if any), an active and a revoked API key, and one resource of each
/// kind the endpoints name (<c>{clientProfile}</c> → an id).
/// </summary>
public sealed record MatrixTenant(
    string Name,
    Guid TenantId,
    Guid AdminUserId,
    string AdminToken,
    string ViewerToken,
    string? ApiKey,
    string? RevokedApiKey,
    IReadOnlyDictionary<string, string> Resources);
