using Microsoft.AspNetCore.Http;

namespace AdFlux.ServiceDefaults.Errors;

/// <summary>Stable problem <c>type</c> URIs (RFC 9457 §3.1.1); clients switch on these, not on titles.</summary>
public static class ProblemTypes
{
    public const string Base = "https://adflux.dev/problems/";

    /// <summary>The RFC 9110 links ASP.NET Core puts in <c>type</c> by default.</summary>
    public const string FrameworkDefaultPrefix = "https://tools.ietf.org/html/rfc";

    public const string Validation = Base + "validation";
    public const string Unauthorized = Base + "unauthorized";
    public const string Forbidden = Base + "forbidden";
    public const string NotFound = Base + "not-found";
    public const string Conflict = Base + "conflict";
    public const string PayloadTooLarge = Base + "payload-too-large";
    public const string RateLimited = Base + "rate-limited";
    public const string Unavailable = Base + "unavailable";
    public const string Internal = Base + "internal";

    public static string ForStatus(int status) => status switch
    {
        StatusCodes.Status400BadRequest or StatusCodes.Status422UnprocessableEntity => Validation,
        StatusCodes.Status401Unauthorized => Unauthorized,
        StatusCodes.Status403Forbidden => Forbidden,
        StatusCodes.Status404NotFound => NotFound,
        StatusCodes.Status409Conflict => Conflict,
        StatusCodes.Status413PayloadTooLarge => PayloadTooLarge,
        StatusCodes.Status429TooManyRequests => RateLimited,
        StatusCodes.Status503ServiceUnavailable => Unavailable,
        >= 500 => Internal,
        _ => Base + status,
    };
}
