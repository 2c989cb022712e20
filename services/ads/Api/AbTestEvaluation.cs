using AdFlux.Ads.AbTests;

namespace AdFlux.Ads.Api;

/// <summary>
/// The answer to new counts: before every arm reached the planned sample only the progress (no
/// rates or p-values, so nobody stops early on noise); afterwards each variant's outcome and the test.
/// </summary>
public sealed record AbTestEvaluation(
    AbTestResponse Test,
    IReadOnlyDictionary<Guid, long> TrialsNeeded,
    IReadOnlyList<VariantOutcome>? Outcomes);
