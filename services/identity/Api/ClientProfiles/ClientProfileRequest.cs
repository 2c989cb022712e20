namespace AdFlux.Identity.Api.ClientProfiles;

public sealed record ClientProfileRequest(string? Name, string? Description);
