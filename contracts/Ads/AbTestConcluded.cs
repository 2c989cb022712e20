namespace AdFlux.Contracts.Ads;

/// <summary>An A/B test reached its planned sample and was decided.</summary>
/// <param name="EventId">Unique per event; consumers deduplicate on it.</param>
/// <param name="TenantId">The tenant the test belongs to.</param>
/// <param name="OccurredAt">When it was decided.</param>
/// <param name="AbTestId">AdFlux's id of the test.</param>
/// <param name="CampaignId">The campaign whose ads were compared.</param>
/// <param name="ClientProfileId">The client profile the campaign runs for.</param>
/// <param name="Metric">ctr or conversion_rate.</param>
/// <param name="WinningVariant">The winning ad's id, or null when no variant beat control significantly.</param>
/// <param name="Effect">The winner's rate minus control's (absolute).</param>
/// <param name="IntervalLow">Lower end of the confidence interval of <paramref name="Effect"/>.</param>
/// <param name="IntervalHigh">Upper end of the confidence interval of <paramref name="Effect"/>.</param>
/// <param name="PValue">Two-sided p-value of the two-proportion z-test.</param>
/// <param name="ProbabilityToBeatControl">Bayesian probability (Beta posteriors) that the winner's rate exceeds control's.</param>
public sealed record AbTestConcluded(
    Guid EventId,
    Guid TenantId,
    DateTimeOffset OccurredAt,
    Guid AbTestId,
    Guid CampaignId,
    Guid ClientProfileId,
    string Metric,
    Guid? WinningVariant,
    double Effect,
    double IntervalLow,
    double IntervalHigh,
    double PValue,
    double ProbabilityToBeatControl) : IIntegrationEvent;
