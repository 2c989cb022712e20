using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Video.Domain;

/// <summary>What published clips say works best on a platform: lengths, start types and visual-score bands, ranked.</summary>
public sealed class RulesProposal : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public required string Platform { get; set; }

    /// <summary>The proposed rules (<c>clip_seconds</c>, <c>start_type</c>, <c>visual_score_band</c>…) as a JSON object of strings.</summary>
    public required string RulesJson { get; set; }

    /// <summary>Every compared group per dimension with its sample size and median, as JSON.</summary>
    public required string RankingsJson { get; set; }

    public required string Reason { get; set; }

    public int SampleSize { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
