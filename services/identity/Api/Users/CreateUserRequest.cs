namespace AdFlux.Identity.Api.Users;

public sealed record CreateUserRequest(string? Email, string? Password, string? Role, IReadOnlyList<Guid>? ClientProfileIds);
