namespace AdFlux.Ads.Platforms;

/// <summary>
/// A platform answered with an error. <see cref="Code"/> is the platform's own (Meta's
/// <c>code</c>/<c>error_subcode</c>, Google's error enum such as <c>campaignError.DUPLICATE_CAMPAIGN_NAME</c>).
/// Transient errors (throttling, 5xx) are worth retrying, after <see cref="RetryAfter"/> when the platform said.
/// </summary>
public sealed class PlatformException(string platform, int httpStatus, string? code, string platformMessage, bool transient, TimeSpan? retryAfter = null)
    : Exception($"{platform} answered {httpStatus} ({code ?? "no code"}): {platformMessage}")
{
    public string Platform { get; } = platform;

    public int HttpStatus { get; } = httpStatus;

    public string? Code { get; } = code;

    public string PlatformMessage { get; } = platformMessage;

    public bool Transient { get; } = transient;

    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>The platform refused the request itself (bad input, a rule it enforces), not a failure of its own.</summary>
    public bool Refused => !Transient && HttpStatus is >= 400 and < 500;
}
