namespace AdFlux.Video.Api;

public sealed record CreateUploadSession(string? FileName, string? ContentType, long? TotalBytes, Guid? ClientProfileId);
