using AdFlux.Video.Domain;

namespace AdFlux.Video.Api;

/// <summary>A chunked upload: send the next chunk at <c>ReceivedBytes</c>.</summary>
public sealed record UploadSessionResponse(Guid Id, string FileName, string ContentType, long TotalBytes, long ReceivedBytes, DateTimeOffset CreatedAt)
{
    public static UploadSessionResponse From(UploadSession s) => new(s.Id, s.FileName, s.ContentType, s.TotalBytes, s.ReceivedBytes, s.CreatedAt);
}
