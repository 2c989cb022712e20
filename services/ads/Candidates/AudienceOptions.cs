namespace AdFlux.Ads.Candidates;

/// <summary>Custom audience uploads (configuration section Ads:Audiences).</summary>
public sealed class AudienceOptions
{
    public const string Section = "Ads:Audiences";

    /// <summary>
    /// Rows per <c>POST {audience}/users</c>: Meta takes at most 10,000
    /// (https://developers.facebook.com/docs/marketing-api/audiences/guides/custom-audiences#hash).
    /// </summary>
    public int BatchSize { get; set; } = MetaMaxBatch;

    public const int MetaMaxBatch = 10_000;
}
