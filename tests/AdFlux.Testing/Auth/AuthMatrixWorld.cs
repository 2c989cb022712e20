namespace AdFlux.Testing.Auth;

/// <summary>
/// The service under test and the two tenants the matrix plays against each other;
/// <see cref="Gateway"/>, when set, is a gateway in front of the service (for not-routed rows).
/// <see cref="MatrixWorldHost{TProgram}"/> builds one with real identity tokens and keys.
/// </summary>
public sealed record AuthMatrixWorld(HttpClient Client, MatrixTenant A, MatrixTenant B)
{
    public HttpClient? Gateway { get; init; }
}
