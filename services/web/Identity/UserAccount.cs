namespace AdFlux.Web.Identity;

/// <summary>A user of the tenant, as identity lists it.</summary>
public sealed record UserAccount(Guid Id, string Email, string Role, IReadOnlyList<Guid> ClientProfileIds, DateTimeOffset CreatedAt, DateTimeOffset? DeactivatedAt);
