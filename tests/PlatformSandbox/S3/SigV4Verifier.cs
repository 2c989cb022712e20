using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace AdFlux.PlatformSandbox.S3;

/// <summary>
/// Checks an <c>Authorization: AWS4-HMAC-SHA256 …</c> header as S3 does, written from AWS's
/// specification (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html),
/// not from the SDK: canonical request (method, URI-encoded path, sorted query, the signed headers,
/// payload hash) → string to sign → HMAC chain of date, region, service, <c>aws4_request</c>.
/// Returns null when the request is authentic, else the S3 error to answer with.
/// </summary>
public static partial class SigV4Verifier
{
    public const string Algorithm = "AWS4-HMAC-SHA256";
    public const string UnsignedPayload = "UNSIGNED-PAYLOAD";

    public static S3Error? Verify(HttpRequest request, byte[] body, S3Credentials account, DateTimeOffset now)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.Length == 0)
        {
            return new S3Error(403, "AccessDenied", "Access Denied");
        }
        var match = AuthorizationHeader().Match(authorization);
        if (!match.Success)
        {
            return new S3Error(400, "AuthorizationHeaderMalformed", "The authorization header is malformed.");
        }
        var (accessKey, scopeDate, region, service) = (match.Groups["key"].Value, match.Groups["date"].Value, match.Groups["region"].Value, match.Groups["service"].Value);
        var signedHeaders = match.Groups["headers"].Value.Split(';');
        if (accessKey != account.AccessKey)
        {
            return new S3Error(403, "InvalidAccessKeyId", "The AWS Access Key Id you provided does not exist in our records.");
        }
        if (service != "s3" || !signedHeaders.Contains("host") || !signedHeaders.Contains("x-amz-date") && !signedHeaders.Contains("date"))
        {
            return new S3Error(400, "AuthorizationHeaderMalformed", "The credential scope or the signed headers are not those of S3.");
        }
        var amzDate = request.Headers["x-amz-date"].ToString();
        if (!DateTimeOffset.TryParseExact(amzDate, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var signedAt)
            || !amzDate.StartsWith(scopeDate, StringComparison.Ordinal))
        {
            return new S3Error(403, "AccessDenied", "x-amz-date is missing or does not match the credential scope.");
        }
        if ((now - signedAt).Duration() > account.AllowedSkew)
        {
            return new S3Error(403, "RequestTimeTooSkewed", "The difference between the request time and the current time is too large.");
        }
        var payloadHash = request.Headers["x-amz-content-sha256"].ToString();
        if (payloadHash.StartsWith("STREAMING-", StringComparison.Ordinal))
        {
            return new S3Error(501, "NotImplemented", "The sandbox takes no aws-chunked bodies; sign the whole payload (UseChunkEncoding=false).");
        }
        if (payloadHash.Length == 0)
        {
            return new S3Error(400, "InvalidRequest", "Missing required header for this request: x-amz-content-sha256.");
        }
        if (payloadHash != UnsignedPayload && !string.Equals(payloadHash, Hex(SHA256.HashData(body)), StringComparison.Ordinal))
        {
            return new S3Error(400, "XAmzContentSHA256Mismatch", "The provided 'x-amz-content-sha256' header does not match what was computed.");
        }

        var canonical = string.Join('\n',
            request.Method,
            CanonicalUri(request.PathBase + request.Path),
            CanonicalQuery(request.Query),
            string.Concat(signedHeaders.Select(h => $"{h}:{CanonicalHeaderValue(request, h)}\n")),
            string.Join(';', signedHeaders),
            payloadHash);
        var scope = $"{scopeDate}/{region}/{service}/aws4_request";
        var stringToSign = $"{Algorithm}\n{amzDate}\n{scope}\n{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))}";
        var key = Hmac(Encoding.UTF8.GetBytes("AWS4" + account.SecretKey), scopeDate);
        key = Hmac(key, region);
        key = Hmac(key, service);
        key = Hmac(key, "aws4_request");
        var expected = Encoding.ASCII.GetBytes(Hex(Hmac(key, stringToSign)));
        var given = Encoding.ASCII.GetBytes(match.Groups["signature"].Value);
        return CryptographicOperations.FixedTimeEquals(expected, given)
            ? null
            : new S3Error(403, "SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided. Check your key and signing method.");
    }

    /// <summary>Each byte outside A–Z a–z 0–9 <c>-._~</c> as <c>%XX</c>; <c>/</c> kept in paths.</summary>
    public static string UriEncode(string value, bool keepSlash)
    {
        var builder = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~' || keepSlash && c == '/')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }
        return builder.ToString();
    }

    private static string CanonicalUri(PathString path) => path.HasValue ? UriEncode(path.Value!, keepSlash: true) : "/";

    private static string CanonicalQuery(IQueryCollection query) =>
        string.Join('&', query
            .SelectMany(p => p.Value.Count == 0 ? [(Name: UriEncode(p.Key, false), Value: "")] : p.Value.Select(v => (Name: UriEncode(p.Key, false), Value: UriEncode(v ?? "", false))))
            .OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal)
            .Select(p => $"{p.Name}={p.Value}"));

    private static string CanonicalHeaderValue(HttpRequest request, string name)
    {
        var value = name == "host" ? request.Host.Value ?? "" : request.Headers[name].ToString();
        return Spaces().Replace(value.Trim(), " ");
    }

    private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);

    [GeneratedRegex(@"^AWS4-HMAC-SHA256\s+Credential=(?<key>[^/]+)/(?<date>\d{8})/(?<region>[^/]+)/(?<service>[^/]+)/aws4_request,\s*SignedHeaders=(?<headers>[a-z0-9;-]+),\s*Signature=(?<signature>[0-9a-f]{64})$")]
    private static partial Regex AuthorizationHeader();

    [GeneratedRegex(" +")]
    private static partial Regex Spaces();
}
