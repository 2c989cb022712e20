namespace AdFlux.Testing.Auth;

/// <summary>Shorthands for the tokens tests need most, signed with <see cref="TestSigningKey"/>.</summary>
public static class TestTokens
{
    public static TestTokenBuilder For(Guid tenantId, Guid? userId = null) => new(tenantId, userId ?? Guid.NewGuid());

    public static string Admin(Guid tenantId, Guid? userId = null) => For(tenantId, userId).AsAdmin().Build();

    public static string Viewer(Guid tenantId, Guid? userId = null, params Guid[] clientProfiles) =>
        For(tenantId, userId).AsViewer(clientProfiles).Build();

    public static string Expired(Guid tenantId, Guid? userId = null) => For(tenantId, userId).AsAdmin().Expired().Build();

    public static string Forged(Guid tenantId, Guid? userId = null) => For(tenantId, userId).AsAdmin().Forged().Build();

    public static string AlgNone(Guid tenantId, Guid? userId = null) => For(tenantId, userId).AsAdmin().Unsigned().Build();
}
