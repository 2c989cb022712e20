namespace AdFlux.Testing.Auth;

/// <summary>
/// One tenant of a world being built, for <see cref="MatrixWorldOptions.Seed"/>: name each resource
/// the endpoints use in <see cref="Resources"/> (tied to <see cref="ClientProfile"/>, which the
/// viewer may see) and its counterpart in <see cref="OutOfScope"/> (tied to <see cref="OtherClientProfile"/>).
/// </summary>
public sealed class MatrixSeed(string name, Guid tenantId, string adminToken, Guid clientProfile, Guid otherClientProfile, HttpClient client, IServiceProvider services)
{
    public string Name => name;

    public Guid TenantId => tenantId;

    public string AdminToken => adminToken;

    public Guid ClientProfile => clientProfile;

    public Guid OtherClientProfile => otherClientProfile;

    /// <summary>The service under test.</summary>
    public HttpClient Client => client;

    /// <summary>The service under test's services (its DbContext, bus…).</summary>
    public IServiceProvider Services => services;

    public Dictionary<string, string> Resources { get; } = [];

    public Dictionary<string, string> OutOfScope { get; } = [];
}
