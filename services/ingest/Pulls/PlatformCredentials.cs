using System.Text.Json;
using AdFlux.Ingest.Platforms;
using AdFlux.ServiceDefaults.Secrets;

namespace AdFlux.Ingest.Pulls;

/// <summary>A platform source's credential as stored: JSON, encrypted with the ingest secrets key under its own purpose.</summary>
public static class PlatformCredentials
{
    public const string Purpose = "platform-credential";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static byte[] ProtectYouTube(SecretProtector protector, GoogleUserCredential credential) =>
        protector.Protect(JsonSerializer.Serialize(credential, Json), Purpose);

    public static byte[] ProtectSpotify(SecretProtector protector, SpotifyCredential credential) =>
        protector.Protect(JsonSerializer.Serialize(credential, Json), Purpose);

    public static GoogleUserCredential YouTube(SecretProtector protector, byte[] stored) =>
        JsonSerializer.Deserialize<GoogleUserCredential>(protector.Unprotect(stored, Purpose), Json)
        ?? throw new JsonException("The stored YouTube credential is empty.");

    public static SpotifyCredential Spotify(SecretProtector protector, byte[] stored) =>
        JsonSerializer.Deserialize<SpotifyCredential>(protector.Unprotect(stored, Purpose), Json)
        ?? throw new JsonException("The stored Spotify credential is empty.");
}
