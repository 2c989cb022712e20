namespace AdFlux.Ads.Domain;

/// <summary>A budget per day, or one for the whole schedule (which then needs an end).</summary>
public enum BudgetKind
{
    Daily,
    Lifetime,
}
