namespace AdFlux.Identity.Api.Login;

public sealed record LoginRequest(string? Email, string? Password);
