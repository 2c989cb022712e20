namespace AdFlux.Ads.Candidates;

/// <summary>Where a segment's custom audience stands: created on the platform with its users still being sent, or complete.</summary>
public static class AudienceStatuses
{
    public const string Uploading = "uploading";

    public const string Uploaded = "uploaded";
}
