using System.Text.Json;

namespace AdFlux.Ingest.Platforms;

/// <summary>The parts of a Google service-account key file (JSON) a JWT-bearer grant needs.</summary>
public sealed record GoogleServiceAccount(string ClientEmail, string PrivateKeyPem, string? PrivateKeyId)
{
    /// <summary>Reads a key file; throws <see cref="ArgumentException"/> naming the missing field.</summary>
    public static GoogleServiceAccount FromJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        string? Field(string name) => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        if (Field("type") != "service_account")
        {
            throw new ArgumentException("type must be service_account.", nameof(json));
        }
        var email = Field("client_email") ?? throw new ArgumentException("client_email is required.", nameof(json));
        var key = Field("private_key") ?? throw new ArgumentException("private_key is required.", nameof(json));
        return new GoogleServiceAccount(email, key, Field("private_key_id"));
    }
}
