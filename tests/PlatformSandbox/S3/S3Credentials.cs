namespace AdFlux.PlatformSandbox.S3;

/// <summary>
/// The sandbox's S3 account (section <c>Sandbox:S3</c>): one access key, its secret, and the buckets
/// that exist. Unlike the other platforms it checks signatures for real (AWS Signature Version 4),
/// so a client with a wrong secret is refused as S3 would refuse it.
/// </summary>
public sealed class S3Credentials
{
    public const string Section = "Sandbox:S3";

    public const string DefaultAccessKey = "AKIASANDBOXMEDIA0001";

    public const string DefaultSecretKey = "sandbox/S3/secret+key/for-adflux-media";

    public const string DefaultBucket = "adflux-media";

    public string AccessKey { get; set; } = DefaultAccessKey;

    public string SecretKey { get; set; } = DefaultSecretKey;

    public string[] Buckets { get; set; } = [DefaultBucket];

    /// <summary>How far a request's <c>x-amz-date</c> may be from the sandbox's clock (S3: 15 minutes).</summary>
    public TimeSpan AllowedSkew { get; set; } = TimeSpan.FromMinutes(15);
}
