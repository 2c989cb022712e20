namespace AdFlux.Identity.Api.Login;

public sealed record LogoutRequest(string? RefreshToken);
