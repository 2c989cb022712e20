using System.Net;

namespace AdFlux.Ingest.Platforms;

/// <summary>The platform refused the credential (expired, revoked, wrong): retrying cannot help until someone replaces it.</summary>
public sealed class PlatformCredentialException(string platform, HttpStatusCode? status, string message)
    : PlatformException(platform, status, message);
