namespace AdFlux.Insights.Webhooks;

/// <summary>Outbound webhooks under <c>Insights:Webhooks</c>.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Insights:Webhooks";

    /// <summary>The IHttpClientFactory client that sends deliveries.</summary>
    public const string HttpClientName = "Insights:Webhooks";

    /// <summary>
    /// Lets endpoints on private, loopback, link-local and unique-local addresses through; off by
    /// default so a tenant cannot make AdFlux call into its own network (SSRF).
    /// </summary>
    public bool AllowPrivateTargets { get; set; }

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long one attempt waits for the endpoint's answer.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>An endpoint whose every attempt failed for this long is disabled.</summary>
    public TimeSpan DisableAfter { get; set; } = TimeSpan.FromDays(5);

    /// <summary>
    /// Waits before each retry; when they run out the delivery has failed. Null: the Standard
    /// Webhooks schedule, <see cref="DefaultRetryDelays"/>.
    /// </summary>
    public TimeSpan[]? RetryDelays { get; set; }

    /// <summary>
    /// After the first attempt: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h, about a day and a
    /// quarter in all (https://github.com/standard-webhooks/standard-webhooks/blob/main/spec/standard-webhooks.md#retry-schedule).
    /// </summary>
    public static readonly TimeSpan[] DefaultRetryDelays =
    [
        TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2),
        TimeSpan.FromHours(5), TimeSpan.FromHours(10), TimeSpan.FromHours(10),
    ];

    /// <summary>The wait after the <paramref name="failedAttempts"/>-th failed attempt, or null when none is left.</summary>
    public TimeSpan? DelayAfter(int failedAttempts)
    {
        var delays = RetryDelays is { Length: > 0 } configured ? configured : DefaultRetryDelays;
        return failedAttempts >= 1 && failedAttempts <= delays.Length ? delays[failedAttempts - 1] : null;
    }
}
