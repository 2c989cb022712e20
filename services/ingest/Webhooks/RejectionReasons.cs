namespace AdFlux.Ingest.Webhooks;

/// <summary>Why a delivery was refused; the label of the rejection counters and the <c>reason</c> of the problem.</summary>
public static class RejectionReasons
{
    public const string Unauthenticated = "unauthenticated";
    public const string Forbidden = "forbidden";
    public const string MissingSignature = "missing_signature";
    public const string InvalidSignature = "invalid_signature";
    public const string StaleTimestamp = "stale_timestamp";
    public const string TooLarge = "too_large";
    public const string MalformedJson = "malformed_json";
    public const string MissingField = "missing_field";
    public const string InvalidField = "invalid_field";
    public const string UnknownAccount = "unknown_account";
    public const string BadVerifyToken = "bad_verify_token";
}
