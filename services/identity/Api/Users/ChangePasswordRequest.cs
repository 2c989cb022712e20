namespace AdFlux.Identity.Api.Users;

public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);
