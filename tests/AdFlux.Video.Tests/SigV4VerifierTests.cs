using AdFlux.PlatformSandbox.S3;
using Microsoft.AspNetCore.Http;

namespace AdFlux.Video.Tests;

/// <summary>
/// The sandbox's SigV4 check against AWS's own worked example (S3 API reference, "Example: GET Object",
/// https://docs.aws.amazon.com/AmazonS3/latest/API/sig-v4-header-based-auth.html), so it does not merely agree with the SDK.
/// </summary>
public sealed class SigV4VerifierTests
{
    private static readonly S3Credentials ExampleAccount = new()
    {
        AccessKey = "AKIAIOSFODNN7EXAMPLE",
        SecretKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    };

    private static HttpRequest ExampleGet(string range = "bytes=0-9")
    {
        var request = new DefaultHttpContext().Request;
        request.Method = "GET";
        request.Path = "/test.txt";
        request.Host = new HostString("examplebucket.s3.amazonaws.com");
        request.Headers.Range = range;
        request.Headers["x-amz-content-sha256"] = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        request.Headers["x-amz-date"] = "20130524T000000Z";
        request.Headers.Authorization = "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,"
            + "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,"
            + "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41";
        return request;
    }

    private static readonly DateTimeOffset SignedAt = new(2013, 5, 24, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AWS_documented_GET_Object_example_is_accepted()
    {
        Assert.Null(SigV4Verifier.Verify(ExampleGet(), [], ExampleAccount, SignedAt.AddMinutes(1)));
    }

    [Fact]
    public void The_example_with_a_changed_header_a_wrong_secret_or_a_stale_date_is_refused()
    {
        var changed = SigV4Verifier.Verify(ExampleGet(range: "bytes=0-99"), [], ExampleAccount, SignedAt);
        var wrongSecret = SigV4Verifier.Verify(ExampleGet(), [], new S3Credentials { AccessKey = ExampleAccount.AccessKey, SecretKey = "x" }, SignedAt);
        var stale = SigV4Verifier.Verify(ExampleGet(), [], ExampleAccount, SignedAt.AddMinutes(16));
        var body = SigV4Verifier.Verify(ExampleGet(), [1], ExampleAccount, SignedAt);

        Assert.Equal((403, "SignatureDoesNotMatch"), (changed!.Status, changed.Code));
        Assert.Equal((403, "SignatureDoesNotMatch"), (wrongSecret!.Status, wrongSecret.Code));
        Assert.Equal((403, "RequestTimeTooSkewed"), (stale!.Status, stale.Code));
        Assert.Equal((400, "XAmzContentSHA256Mismatch"), (body!.Status, body.Code));
    }
}
