namespace AdFlux.Testing.Auth;

/// <summary>The service under test and the two tenants the matrix plays against each other.</summary>
public sealed record AuthMatrixWorld(HttpClient Client, MatrixTenant A, MatrixTenant B);
