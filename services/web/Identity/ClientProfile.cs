namespace AdFlux.Web.Identity;

/// <summary>Identity's client profile (ficha cliente).</summary>
public sealed record ClientProfile(Guid Id, string Name, string? Description, DateTimeOffset CreatedAt);
