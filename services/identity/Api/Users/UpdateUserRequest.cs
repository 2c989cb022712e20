namespace AdFlux.Identity.Api.Users;

public sealed record UpdateUserRequest(string? Role, IReadOnlyList<Guid>? ClientProfileIds);
