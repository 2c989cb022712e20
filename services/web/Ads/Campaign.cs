namespace AdFlux.Web.Ads;

/// <summary>A campaign as ads lists it: what the client view shows of it.</summary>
public sealed record Campaign(
    Guid Id, Guid ClientProfileId, string Name, string Platform, long BudgetMinor, string Currency, string Status, DateTimeOffset StartsAt);
