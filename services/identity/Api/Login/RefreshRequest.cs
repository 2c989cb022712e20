namespace AdFlux.Identity.Api.Login;

public sealed record RefreshRequest(string? RefreshToken);
