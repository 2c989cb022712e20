using System.Diagnostics;
using AdFlux.MlDetection.Analysis;
using AdFlux.MlDetection.Data;
using AdFlux.MlDetection.Detection;
using AdFlux.MlDetection.Domain;
using AdFlux.MlDetection.Images;
using AdFlux.MlDetection.Imaging;
using AdFlux.MlDetection.Models;
using AdFlux.ServiceDefaults;
using AdFlux.ServiceDefaults.Auth;
using AdFlux.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.MlDetection.Api;

/// <summary>Objects, faces and text in uploaded images, the stored results, and the installed models.</summary>
public static class MlApi
{
    public const float DefaultConfidence = 0.35f;
    public const float DefaultFaceConfidence = 0.75f;
    public const float DefaultTextBoxConfidence = 0.6f;
    public const float DefaultIoU = 0.5f;

    public static IEndpointRouteBuilder MapMlApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(ResourceNames.ApiPathOf(ResourceNames.MlDetection)).WithTags("ML detection").RequireAuthorization();
        group.MapGet("/models", ListModels)
            .WithName("ListMlModels").WithSummary("The installed models (name, task, version, input size, labels, sha256, licence), user YOLOv8 exports included");
        group.MapPost("/detect", DetectAsync).RequireAuthorization(Policies.Admin).Accepts<AnalysisJson>("application/json", "multipart/form-data")
            .WithName("DetectObjects").WithSummary("Objects in one image, uploaded or named by imageId (an earlier upload or a sampled frame), with NanoDet-g by default or a YOLOv8 model by name; stored in ml_detections");
        group.MapPost("/detect/batch", DetectBatchAsync).RequireAuthorization(Policies.Admin).Accepts<AnalysisJson>("application/json", "multipart/form-data")
            .WithName("DetectObjectsBatch").WithSummary("Objects in several images (uploads and/or imageIds) in one request");
        group.MapPost("/faces", FacesAsync).RequireAuthorization(Policies.Admin).Accepts<AnalysisJson>("application/json", "multipart/form-data")
            .WithName("DetectFaces").WithSummary("Faces in one image (BlazeFace)");
        group.MapPost("/ocr", OcrAsync).RequireAuthorization(Policies.Admin).Accepts<AnalysisJson>("application/json", "multipart/form-data")
            .WithName("ReadText").WithSummary("Text lines in one image (PP-OCRv4) and any shadowban or restriction notices among them");
        group.MapGet("/detections/{imageId:guid}", GetDetectionsAsync)
            .WithName("GetMlDetections").WithSummary("The stored findings of one analysed image");
        return app;
    }

    public static Ok<IReadOnlyList<ModelDescriptor>> ListModels(ModelCatalog catalog) => TypedResults.Ok(catalog.All());

    public static Task<Results<Ok<AnalysisResponse>, ValidationProblem, ProblemHttpResult>> DetectAsync([AsParameters] MlRequest request) =>
        AnalyzeOneAsync(request, AnalysisKind.Objects);

    public static Task<Results<Ok<AnalysisResponse>, ValidationProblem, ProblemHttpResult>> FacesAsync([AsParameters] MlRequest request) =>
        AnalyzeOneAsync(request, AnalysisKind.Faces);

    public static Task<Results<Ok<AnalysisResponse>, ValidationProblem, ProblemHttpResult>> OcrAsync([AsParameters] MlRequest request) =>
        AnalyzeOneAsync(request, AnalysisKind.Text);

    public static async Task<Results<Ok<BatchResponse>, ValidationProblem, ProblemHttpResult>> DetectBatchAsync([AsParameters] MlRequest request)
    {
        var started = Stopwatch.GetTimestamp();
        var (analyses, failure) = await AnalyzeAsync(request, AnalysisKind.Objects, batch: true);
        if (failure is not null)
        {
            return failure.Value.Problem is { } problem ? problem : failure.Value.Validation!;
        }
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        return TypedResults.Ok(new BatchResponse(analyses.Select(AnalysisResponse.From).ToList(), elapsed, analyses.Count / (elapsed / 1000)));
    }

    public static async Task<Results<Ok<IReadOnlyList<StoredDetectionDto>>, NotFound>> GetDetectionsAsync(
        Guid imageId, MlDetectionDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.Detections.Where(d => d.ImageId == imageId).OrderByDescending(d => d.Confidence).AsNoTracking().ToListAsync(cancellationToken);
        return rows.Count == 0 ? TypedResults.NotFound() : TypedResults.Ok<IReadOnlyList<StoredDetectionDto>>(rows.Select(StoredDetectionDto.From).ToList());
    }

    private static async Task<Results<Ok<AnalysisResponse>, ValidationProblem, ProblemHttpResult>> AnalyzeOneAsync(MlRequest request, AnalysisKind kind)
    {
        var (analyses, failure) = await AnalyzeAsync(request, kind, batch: false);
        if (failure is not null)
        {
            return failure.Value.Problem is { } problem ? problem : failure.Value.Validation!;
        }
        return TypedResults.Ok(AnalysisResponse.From(analyses[0]));
    }

    /// <summary>Reads, validates and analyses every image before anything is stored, so a bad image in a batch leaves nothing behind.</summary>
    private static async Task<(List<ImageAnalysis> Analyses, (ValidationProblem? Validation, ProblemHttpResult? Problem)? Failure)> AnalyzeAsync(
        MlRequest request, AnalysisKind kind, bool batch)
    {
        if (request.Tenant.TenantId is not { } tenantId)
        {
            return ([], (null, TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "No tenant in the credentials")));
        }
        var (input, errors) = await request.Reader.ReadAsync(request.Http, batch, request.CancellationToken);
        ModelDescriptor? model = null;
        if (input is not null)
        {
            (model, var modelError) = request.Analyzer.Resolve(kind, input.Model);
            if (modelError is not null)
            {
                errors["model"] = [modelError];
            }
        }
        if (errors.Count > 0 || input is null || model is null)
        {
            return ([], (TypedResults.ValidationProblem(errors), null));
        }
        var thresholds = new DetectionThresholds(
            input.Confidence ?? kind switch { AnalysisKind.Faces => DefaultFaceConfidence, AnalysisKind.Text => DefaultTextBoxConfidence, _ => DefaultConfidence },
            input.IoU ?? DefaultIoU);
        var analyses = new List<ImageAnalysis>();
        var sources = new List<StoredImage?>();
        foreach (var image in input.Images)
        {
            var bytes = image.Bytes;
            StoredImage? stored = null;
            if (image.Reference is { } reference)
            {
                if (await request.Store.FindAsync(request.Db, reference, request.CancellationToken) is not { } found)
                {
                    return ([], (null, MlProblems.UnknownImage(image.Field, reference)));
                }
                (stored, bytes) = found;
            }
            try
            {
                var analysis = await request.Analyzer.AnalyzeAsync(kind, bytes, image.Field, model, thresholds, request.CancellationToken);
                analyses.Add(stored is null ? analysis : analysis with { ImageId = stored.Id });
                sources.Add(stored);
            }
            catch (ImageRejectedException rejected)
            {
                return ([], (null, MlProblems.Unprocessable(rejected)));
            }
        }
        var kept = new List<StoredImage>();
        try
        {
            for (var i = 0; i < analyses.Count; i++)
            {
                var analysis = analyses[i];
                if (sources[i] is { } stored)
                {
                    request.Recorder.Record(request.Db, tenantId, analysis, stored.Source, stored.Id, stored.VideoId, stored.AtSeconds);
                    continue;
                }
                var upload = new StoredImage
                {
                    Id = analysis.ImageId,
                    TenantId = tenantId,
                    Source = StoredImage.Upload,
                    StorageKey = ImageStore.UploadKey(tenantId, analysis.ImageId),
                    CreatedAt = request.Clock.GetUtcNow(),
                };
                await request.Store.WriteUploadAsync(upload, input.Images[i].Bytes, request.CancellationToken);
                kept.Add(upload);
                request.Db.Images.Add(upload);
                request.Recorder.Record(request.Db, tenantId, analysis, StoredImage.Upload, analysis.ImageId);
            }
            await request.Db.SaveChangesAsync(request.CancellationToken);
        }
        catch
        {
            // Nothing half-kept: files of a request whose rows did not commit are removed.
            kept.ForEach(request.Store.Delete);
            throw;
        }
        return (analyses, null);
    }
}
