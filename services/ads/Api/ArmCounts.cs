namespace AdFlux.Ads.Api;

public sealed record ArmCounts(Guid AdId, long Trials, long Successes);
