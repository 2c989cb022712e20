using AdFlux.Testing.Auth;

namespace AdFlux.Identity.Tests;

[Collection(IdentityCollection.Name)]
public sealed class AuthMatrixTests(IdentityWorld world)
{
    // Every non-public identity endpoint; adding one is one line.
    public static readonly AuthMatrix Matrix = new AuthMatrix()
        .Get("/api/identity/users/me")
        .Get("/api/identity/users", Access.Admin)
        .Get("/api/identity/users/{user}", Access.Admin)
        .Post("/api/identity/users", t => new { email = $"matrix-{Guid.NewGuid():N}@tenant-{t.Name}.test", password = MatrixTenants.Password, role = "viewer" })
        .Put("/api/identity/users/{user}", t => new { role = "viewer", clientProfileIds = new[] { t.Resources["clientProfile"] } })
        .Get("/api/identity/client-profiles").ClientScoped()
        .Get("/api/identity/client-profiles/{clientProfile}")
        .Post("/api/identity/client-profiles", _ => new { name = $"Matrix {Guid.NewGuid():N}" })
        .Put("/api/identity/client-profiles/{clientProfile}", t => new { name = $"Artist {t.Name}", description = "Renamed by the matrix" })
        .Get("/api/identity/api-keys", Access.Admin)
        .Get("/api/identity/api-keys/{apiKey}", Access.Admin)
        .Post("/api/identity/api-keys", _ => new { name = "matrix created" })
        .Delete("/api/identity/api-keys/{apiKey}");

    public static TheoryData<string, string> Cases => Matrix.Cases();

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Every_non_public_endpoint_enforces_authentication_roles_and_tenancy(string endpoint, string check) =>
        Matrix.VerifyAsync(endpoint, check, world.Matrix);
}
