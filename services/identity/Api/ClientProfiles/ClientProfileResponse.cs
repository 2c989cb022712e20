using AdFlux.Identity.Domain;

namespace AdFlux.Identity.Api.ClientProfiles;

public sealed record ClientProfileResponse(Guid Id, Guid TenantId, string Name, string? Description, DateTimeOffset CreatedAt)
{
    public static ClientProfileResponse From(ClientProfile profile) =>
        new(profile.Id, profile.TenantId, profile.Name, profile.Description, profile.CreatedAt);
}
