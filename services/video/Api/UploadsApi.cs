using AdFlux.ServiceDefaults.Auth;
using AdFlux.Video.Domain;
using AdFlux.Video.Storage;
using AdFlux.Video.Uploads;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace AdFlux.Video.Api;

/// <summary>
/// Source uploads: one multipart request for small files, or a resumable session (create, then
/// chunks at explicit offsets with <c>Upload-Offset</c> as in tus, ask how much arrived, complete).
/// </summary>
public static class UploadsApi
{
    public const string OffsetHeader = "Upload-Offset";

    public static IEndpointRouteBuilder MapUploadsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/video/uploads").WithTags("Uploads").RequireAuthorization(Policies.Admin);
        group.MapPost("", UploadAsync).DisableAntiforgery().Accepts<IFormFile>("multipart/form-data")
            .WithName("UploadVideo").WithSummary("Uploads a small video in one multipart/form-data request (field 'file')");
        group.MapPost("/sessions", CreateSessionAsync)
            .WithName("CreateUploadSession").WithSummary("Starts a resumable chunked upload of totalBytes bytes");
        group.MapGet("/sessions/{id:guid}", GetSessionAsync).RequireAuthorization()
            .WithName("GetUploadSession").WithSummary("How many bytes of a chunked upload arrived (resume from receivedBytes)");
        group.MapPatch("/sessions/{id:guid}", AppendChunkAsync)
            .WithName("AppendUploadChunk").WithSummary("Appends a chunk (application/offset+octet-stream) at the offset in Upload-Offset");
        group.MapPost("/sessions/{id:guid}/complete", CompleteSessionAsync)
            .WithName("CompleteUploadSession").WithSummary("Validates the arrived file with ffprobe and makes it a video");
        group.MapDelete("/sessions/{id:guid}", AbortSessionAsync)
            .WithName("AbortUploadSession").WithSummary("Abandons a chunked upload and deletes its bytes");
        return app;
    }

    public static async Task<Results<Created<VideoResponse>, Ok<VideoResponse>, ProblemHttpResult>> UploadAsync(
        [AsParameters] VideoRequest request, UploadIntake intake)
    {
        var http = request.HttpContext;
        var options = request.Options.Value;
        var limit = Math.Min(options.MaxSingleRequestBytes, options.MaxUploadBytes);
        if (http.Request.ContentLength > limit + 64 * 1024)
        {
            return VideoProblems.TooLarge("file", limit);
        }
        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 } boundary)
        {
            return VideoProblems.Field(StatusCodes.Status415UnsupportedMediaType, "Content-Type",
                "Send the video as multipart/form-data with a 'file' field, or use a chunked upload session.");
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit + 64 * 1024;
        }

        var stagingKey = StorageKeys.Staging(Guid.NewGuid());
        var reader = new MultipartReader(boundary, http.Request.Body);
        string? fileName = null;
        string? contentType = null;
        Guid? clientProfileId = null;
        var received = false;
        try
        {
            while (await reader.ReadNextSectionAsync(request.CancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
                {
                    continue;
                }
                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value;
                if (disposition.IsFileDisposition() && name == "file" && fileName is null)
                {
                    fileName = UploadContentTypes.SafeFileName(HeaderUtilities.RemoveQuotes(disposition.FileName).Value);
                    contentType = section.ContentType;
                    if (!UploadContentTypes.IsAcceptable(contentType))
                    {
                        return VideoProblems.Field(StatusCodes.Status415UnsupportedMediaType, "file",
                            $"Content type '{contentType}' is not a video type (video/* or application/octet-stream).");
                    }
                    await request.Storage.AppendAsync(stagingKey, section.Body, limit, request.CancellationToken);
                }
                else if (name == "clientProfileId")
                {
                    var value = await section.ReadAsStringAsync(request.CancellationToken);
                    if (!Guid.TryParse(value, out var parsed))
                    {
                        return VideoProblems.Field(StatusCodes.Status400BadRequest, "clientProfileId", "clientProfileId must be a GUID.");
                    }
                    clientProfileId = parsed;
                }
            }
            received = fileName is not null;
        }
        catch (ContentTooLargeException ex)
        {
            return VideoProblems.TooLarge("file", ex.Limit);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException && !request.CancellationToken.IsCancellationRequested)
        {
            return VideoProblems.Field(StatusCodes.Status400BadRequest, "file", $"The multipart body could not be read: {ex.Message}");
        }
        finally
        {
            if (!received)
            {
                request.Storage.Delete(stagingKey);
            }
        }
        if (fileName is null)
        {
            return VideoProblems.Field(StatusCodes.Status400BadRequest, "file", "The form has no 'file' field.");
        }
        var outcome = await intake.AcceptAsync(
            request.Db.CurrentTenantId!.Value, stagingKey, fileName, contentType!, clientProfileId, request.CancellationToken);
        if (outcome.Asset is not { } asset)
        {
            return VideoProblems.InvalidMedia(outcome.Problem!);
        }
        if (outcome.Duplicate)
        {
            return TypedResults.Ok(VideoResponse.From(asset, duplicate: true));
        }
        return TypedResults.Created($"/api/video/videos/{asset.Id}", VideoResponse.From(asset));
    }

    public static async Task<Results<Created<UploadSessionResponse>, ValidationProblem, ProblemHttpResult>> CreateSessionAsync(
        CreateUploadSession body, [AsParameters] VideoRequest request)
    {
        var options = request.Options.Value;
        var errors = new Dictionary<string, string[]>();
        if (body.TotalBytes is not > 0)
        {
            errors["totalBytes"] = ["totalBytes must be a positive number of bytes."];
        }
        if (string.IsNullOrWhiteSpace(body.FileName))
        {
            errors["fileName"] = ["fileName is required."];
        }
        if (!UploadContentTypes.IsAcceptable(body.ContentType))
        {
            errors["contentType"] = ["contentType must be video/* or application/octet-stream."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        if (body.TotalBytes > options.MaxUploadBytes)
        {
            return VideoProblems.TooLarge("totalBytes", options.MaxUploadBytes);
        }
        var now = request.Clock.GetUtcNow();
        var session = new UploadSession
        {
            Id = Guid.CreateVersion7(),
            TenantId = request.Db.CurrentTenantId!.Value,
            ClientProfileId = body.ClientProfileId,
            FileName = UploadContentTypes.SafeFileName(body.FileName),
            ContentType = body.ContentType!,
            TotalBytes = body.TotalBytes!.Value,
            CreatedAt = now,
            UpdatedAt = now,
        };
        request.Db.UploadSessions.Add(session);
        await request.Db.SaveChangesAsync(request.CancellationToken);
        return TypedResults.Created($"/api/video/uploads/sessions/{session.Id}", UploadSessionResponse.From(session));
    }

    public static async Task<Results<Ok<UploadSessionResponse>, NotFound>> GetSessionAsync(Guid id, [AsParameters] VideoRequest request)
    {
        var session = await request.Db.UploadSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, request.CancellationToken);
        if (session is null)
        {
            return TypedResults.NotFound();
        }
        request.HttpContext.Response.Headers[OffsetHeader] = session.ReceivedBytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Ok(UploadSessionResponse.From(session));
    }

    public static async Task<Results<Ok<UploadSessionResponse>, NotFound, ProblemHttpResult>> AppendChunkAsync(
        Guid id, [AsParameters] VideoRequest request)
    {
        var http = request.HttpContext;
        if (!UploadContentTypes.IsChunk(http.Request.ContentType))
        {
            return VideoProblems.Field(StatusCodes.Status415UnsupportedMediaType, "Content-Type",
                "A chunk is sent as application/offset+octet-stream (or application/octet-stream).");
        }
        if (!long.TryParse(http.Request.Headers[OffsetHeader], System.Globalization.CultureInfo.InvariantCulture, out var offset) || offset < 0)
        {
            return VideoProblems.Field(StatusCodes.Status400BadRequest, OffsetHeader, "Upload-Offset must be the byte offset of this chunk.");
        }

        await using var transaction = await request.Db.Database.BeginTransactionAsync(request.CancellationToken);
        // The row lock serialises chunks of one session across requests and instances.
        var session = await request.Db.UploadSessions
            .FromSql($"SELECT * FROM upload_sessions WHERE id = {id} FOR UPDATE")
            .FirstOrDefaultAsync(request.CancellationToken);
        if (session is null)
        {
            return TypedResults.NotFound();
        }
        var key = StorageKeys.Session(session.Id);
        var stored = request.Storage.LengthOf(key);
        if (stored != session.ReceivedBytes)
        {
            // A chunk whose request died after writing but before commit: the database's count is the truth.
            TruncateTo(request.Storage.PathOf(key), session.ReceivedBytes);
        }
        if (offset != session.ReceivedBytes)
        {
            return VideoProblems.Field(StatusCodes.Status409Conflict, OffsetHeader,
                $"This upload has {session.ReceivedBytes} bytes; send the chunk at offset {session.ReceivedBytes}, not {offset}.");
        }
        var remaining = session.TotalBytes - session.ReceivedBytes;
        var limit = Math.Min(remaining, request.Options.Value.MaxChunkBytes);
        if (http.Request.ContentLength > limit)
        {
            return VideoProblems.TooLarge("chunk", limit);
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit;
        }
        try
        {
            session.ReceivedBytes = await request.Storage.AppendAsync(key, http.Request.Body, limit, request.CancellationToken);
        }
        catch (ContentTooLargeException ex)
        {
            return VideoProblems.TooLarge("chunk", ex.Limit);
        }
        session.UpdatedAt = request.Clock.GetUtcNow();
        await request.Db.SaveChangesAsync(request.CancellationToken);
        await transaction.CommitAsync(request.CancellationToken);
        http.Response.Headers[OffsetHeader] = session.ReceivedBytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Ok(UploadSessionResponse.From(session));
    }

    public static async Task<Results<Created<VideoResponse>, Ok<VideoResponse>, NotFound, ProblemHttpResult>> CompleteSessionAsync(
        Guid id, [AsParameters] VideoRequest request, UploadIntake intake)
    {
        var session = await request.Db.UploadSessions.FirstOrDefaultAsync(s => s.Id == id, request.CancellationToken);
        if (session is null)
        {
            return TypedResults.NotFound();
        }
        if (session.ReceivedBytes < session.TotalBytes)
        {
            return VideoProblems.Field(StatusCodes.Status409Conflict, "receivedBytes",
                $"Only {session.ReceivedBytes} of {session.TotalBytes} bytes arrived; send the rest from offset {session.ReceivedBytes} first.");
        }
        var stagingKey = StorageKeys.Staging(session.Id);
        request.Storage.Move(StorageKeys.Session(session.Id), stagingKey);
        request.Db.UploadSessions.Remove(session);
        await request.Db.SaveChangesAsync(request.CancellationToken);
        var outcome = await intake.AcceptAsync(
            session.TenantId, stagingKey, session.FileName, session.ContentType, session.ClientProfileId, request.CancellationToken);
        if (outcome.Asset is not { } asset)
        {
            return VideoProblems.InvalidMedia(outcome.Problem!);
        }
        if (outcome.Duplicate)
        {
            return TypedResults.Ok(VideoResponse.From(asset, duplicate: true));
        }
        return TypedResults.Created($"/api/video/videos/{asset.Id}", VideoResponse.From(asset));
    }

    public static async Task<Results<NoContent, NotFound>> AbortSessionAsync(Guid id, [AsParameters] VideoRequest request)
    {
        var session = await request.Db.UploadSessions.FirstOrDefaultAsync(s => s.Id == id, request.CancellationToken);
        if (session is null)
        {
            return TypedResults.NotFound();
        }
        request.Db.UploadSessions.Remove(session);
        await request.Db.SaveChangesAsync(request.CancellationToken);
        request.Storage.Delete(StorageKeys.Session(session.Id));
        return TypedResults.NoContent();
    }

    private static void TruncateTo(string path, long length)
    {
        using var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.Write);
        file.SetLength(length);
    }
}
