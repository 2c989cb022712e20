using AdFlux.Identity.Domain;

namespace AdFlux.Identity.Api.Users;

public sealed record UserResponse(
    Guid Id,
    Guid TenantId,
    string Email,
    string Role,
    IReadOnlyList<Guid> ClientProfileIds,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DeactivatedAt)
{
    public static UserResponse From(User user) =>
        new(user.Id, user.TenantId, user.Email, user.Role, user.ClientProfileIds, user.CreatedAt, user.DeactivatedAt);
}
