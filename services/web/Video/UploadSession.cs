namespace AdFlux.Web.Video;

/// <summary>Video's <c>UploadSessionResponse</c>: a resumable upload; the next chunk goes at <see cref="ReceivedBytes"/>.</summary>
public sealed record UploadSession(Guid Id, long TotalBytes, long ReceivedBytes);
