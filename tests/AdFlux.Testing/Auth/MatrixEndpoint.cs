namespace AdFlux.Testing.Auth;

/// <summary>
/// One endpoint in the <see cref="AuthMatrix"/>. <c>{name}</c> segments in <see cref="Path"/> are
/// filled from <see cref="MatrixTenant.Resources"/>; <see cref="Body"/> makes a valid JSON body.
/// </summary>
public sealed record MatrixEndpoint(HttpMethod Method, string Path, Access Access, Func<MatrixTenant, object?>? Body)
{
    public string Name => $"{Method.Method} {Path}";

    public bool HasResource => Path.Contains('{', StringComparison.Ordinal);
}
