using System.Text;
using System.Text.Json;
using AdFlux.ServiceDefaults.Auth;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AdFlux.Testing.Auth;

/// <summary>Builds access tokens the way identity does, or broken in one chosen way.</summary>
public sealed class TestTokenBuilder(Guid tenantId, Guid userId)
{
    private static readonly JsonWebTokenHandler Handler = new();

    private readonly Dictionary<string, object> _extraClaims = [];
    private string _role = Roles.Admin;
    private Guid[] _clientProfiles = [];
    private DateTimeOffset? _now;
    private TimeSpan _lifetime = TimeSpan.FromMinutes(30);
    private bool _expired;
    private bool _forged;
    private bool _unsigned;
    private string _issuer = new AuthOptions().Issuer;
    private string _audience = new AuthOptions().Audience;

    public TestTokenBuilder AsAdmin()
    {
        _role = Roles.Admin;
        return this;
    }

    public TestTokenBuilder AsViewer(params Guid[] clientProfiles)
    {
        _role = Roles.Viewer;
        _clientProfiles = clientProfiles;
        return this;
    }

    public TestTokenBuilder WithRole(string role)
    {
        _role = role;
        return this;
    }

    public TestTokenBuilder WithClaim(string name, object value)
    {
        _extraClaims[name] = value;
        return this;
    }

    /// <summary>Issued at <paramref name="now"/> instead of the wall clock (for services on a test TimeProvider).</summary>
    public TestTokenBuilder IssuedAt(DateTimeOffset now)
    {
        _now = now;
        return this;
    }

    public TestTokenBuilder ValidFor(TimeSpan lifetime)
    {
        _lifetime = lifetime;
        return this;
    }

    /// <summary>Expired well beyond any clock skew.</summary>
    public TestTokenBuilder Expired()
    {
        _expired = true;
        return this;
    }

    /// <summary>Signed with a key nobody trusts, under the trusted key's <c>kid</c>.</summary>
    public TestTokenBuilder Forged()
    {
        _forged = true;
        return this;
    }

    /// <summary><c>alg: none</c> and no signature.</summary>
    public TestTokenBuilder Unsigned()
    {
        _unsigned = true;
        return this;
    }

    public TestTokenBuilder WithIssuer(string issuer)
    {
        _issuer = issuer;
        return this;
    }

    public TestTokenBuilder WithAudience(string audience)
    {
        _audience = audience;
        return this;
    }

    public string Build()
    {
        var now = _now ?? DateTimeOffset.UtcNow;
        var issuedAt = _expired ? now - _lifetime - TimeSpan.FromMinutes(10) : now;
        var claims = new Dictionary<string, object>(_extraClaims)
        {
            [AdFluxClaims.Subject] = userId.ToString(),
            [AdFluxClaims.TenantId] = tenantId.ToString(),
            [AdFluxClaims.Role] = _role,
            [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString(),
        };
        if (_clientProfiles.Length > 0)
        {
            claims[AdFluxClaims.ClientProfileId] = _clientProfiles.Select(id => id.ToString()).ToArray();
        }
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = _issuer,
            Audience = _audience,
            Claims = claims,
            IssuedAt = issuedAt.UtcDateTime,
            NotBefore = issuedAt.UtcDateTime,
            Expires = (issuedAt + _lifetime).UtcDateTime,
            SigningCredentials = _forged ? TestSigningKey.ForgedCredentials : TestSigningKey.Credentials,
        };
        var token = Handler.CreateToken(descriptor);
        return _unsigned ? StripSignature(token) : token;
    }

    private static string StripSignature(string token)
    {
        var payload = token.Split('.')[1];
        var header = JsonSerializer.Serialize(new { alg = "none", typ = "JWT", kid = TestSigningKey.KeyId });
        return Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(header)) + "." + payload + ".";
    }
}
