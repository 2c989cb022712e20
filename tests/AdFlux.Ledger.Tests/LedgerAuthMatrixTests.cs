using AdFlux.Testing.Auth;

namespace AdFlux.Ledger.Tests;

[Collection(LedgerCollection.Name)]
public sealed class LedgerAuthMatrixTests(LedgerWorld world)
{
    // Every ledger endpoint; all of them need a caller.
    public static readonly AuthMatrix Matrix = new AuthMatrix()
        .Get("/api/ledger/events").ClientScoped()
        .Get("/api/ledger/events?correlationId={correlation}")
        .Get("/api/ledger/recent").ClientScoped()
        .Get("/api/ledger/verify", Access.Admin)
        .Get("/api/ledger/checkpoints", Access.Admin)
        .Get("/api/ledger/trace/{correlation}")
        .Get("/api/ledger/dead-letters", Access.Admin)
        .Post("/api/ledger/dead-letters/{deadLetter}/replay");

    public static TheoryData<string, string> Cases => Matrix.Cases();

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Every_ledger_endpoint_enforces_authentication_roles_tenancy_and_client_scope(string endpoint, string check) =>
        Matrix.VerifyAsync(endpoint, check, world.Matrix);
}
