using AdFlux.Ads.Candidates;
using AdFlux.Contracts.Ads;
using AdFlux.ServiceDefaults.Auth;
using AdFlux.ServiceDefaults.Errors;
using AdFlux.ServiceDefaults.Outbox;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Ads.Api;

/// <summary>Job candidates of the caller's client profiles: CSV import, listing, and K-means segmentation.</summary>
public static class CandidatesApi
{
    public const int MaxPage = 1_000;

    public static IEndpointRouteBuilder MapCandidatesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/ads/candidates").WithTags("Candidates").RequireAuthorization();
        group.MapPost("/import", ImportAsync).RequireAuthorization(Policies.Admin)
            .Accepts<CandidatesForm>("multipart/form-data", "text/csv")
            .WithName("ImportCandidates").WithSummary(
                "Imports a client profile's candidates from CSV (text/csv body with ?clientProfileId= and optionally &jobAdId= for a job's applicants, or multipart with file and clientProfileId): "
                + "columns skills (';'-separated), years_of_experience, location, education_level, desired_salary, availability, optional email and phone; "
                + "all rows are stored or, when any is bad, none, with each bad row and column named");
        group.MapPost("/", ImportJsonAsync).RequireAuthorization(Policies.Admin)
            .WithName("ImportCandidatesJson").WithSummary(
                "Imports a client profile's candidates (?clientProfileId=, optionally &jobAdId= for a job's applicants) from a JSON array of {skills, yearsOfExperience, location, educationLevel, "
                + "desiredSalary, availability, email?, phone?}, checked by the CSV import's rules: all stored or, when any is bad, none, each fault named [i].field");
        group.MapGet("/", ListAsync)
            .WithName("ListCandidates").WithSummary("The caller's candidates, optionally of one client profile, in import order (offset, limit ≤ 1000)");
        group.MapPost("/segments/compute", ComputeAsync).RequireAuthorization(Policies.Admin)
            .WithName("ComputeCandidateSegments").WithSummary(
                "Segments a client profile's candidates (or, with jobAdId, one job's) with K-means, k chosen by silhouette, each segment described in words; 409 while another segmentation of the profile runs; replaces the previous segments "
                + "(those already made a custom audience are kept, reachable by id)");
        group.MapGet("/segments", SegmentsAsync)
            .WithName("GetCandidateSegments").WithSummary("A client profile's (or with jobAdId, one job's) latest candidate segments, largest first, with their members and custom audience");
        return app;
    }

    public static async Task<Results<Created<CandidateImportResponse>, ValidationProblem>> ImportAsync(
        HttpRequest http, Guid? clientProfileId, Guid? jobAdId, ClientProfileOwnership profiles, [AsParameters] AdsRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        string? csv = null;
        if (http.HasFormContentType)
        {
            IFormCollection form;
            try
            {
                form = await http.ReadFormAsync(request.CancellationToken);
            }
            catch (InvalidDataException malformed)
            {
                errors["file"] = [$"The multipart body cannot be read: {malformed.Message}"];
                return TypedResults.ValidationProblem(errors);
            }
            if (clientProfileId is null && Guid.TryParse(form["clientProfileId"], out var fromForm))
            {
                clientProfileId = fromForm;
            }
            if (form.Files.GetFile("file") is { } file)
            {
                using var reader = new StreamReader(file.OpenReadStream());
                csv = await reader.ReadToEndAsync(request.CancellationToken);
            }
            else
            {
                errors["file"] = ["file is required: the CSV as a file field."];
            }
        }
        else if (http.ContentType is { } type && type.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase))
        {
            using var reader = new StreamReader(http.Body);
            csv = await reader.ReadToEndAsync(request.CancellationToken);
        }
        else
        {
            errors["file"] = ["Send the CSV as a text/csv body or as the file field of multipart/form-data."];
        }
        if (clientProfileId is not { } profile || profile == Guid.Empty)
        {
            errors["clientProfileId"] = ["clientProfileId is required (in the query or as a form field)."];
        }
        else if (!await profiles.BelongsToCallerAsync(profile, request.CancellationToken))
        {
            errors["clientProfileId"] = ["No such client profile in your tenant."];
        }
        else
        {
            await CheckJobAsync(request, jobAdId, clientProfileId.Value, errors);
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var (rows, rowErrors) = CandidateCsv.Read(csv!);
        if (rowErrors.Count > 0)
        {
            return TypedResults.ValidationProblem(rowErrors, detail: $"{rowErrors.Count} problem(s) in the CSV; nothing was imported.");
        }
        return await StoreAsync(clientProfileId!.Value, jobAdId, rows, request);
    }

    public static async Task<Results<Created<CandidateImportResponse>, ValidationProblem>> ImportJsonAsync(
        Guid? clientProfileId, Guid? jobAdId, IReadOnlyList<CandidateBody?>? body, ClientProfileOwnership profiles, [AsParameters] AdsRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (clientProfileId is not { } profile || profile == Guid.Empty)
        {
            errors["clientProfileId"] = ["clientProfileId is required in the query."];
        }
        else if (!await profiles.BelongsToCallerAsync(profile, request.CancellationToken))
        {
            errors["clientProfileId"] = ["No such client profile in your tenant."];
        }
        else
        {
            await CheckJobAsync(request, jobAdId, profile, errors);
        }
        if (body is null || body.Count == 0 || body.Count > CandidateCsv.MaxRows)
        {
            errors["body"] = [$"Send a JSON array of 1 to {CandidateCsv.MaxRows} candidates."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var rows = new List<CandidateRow>(body!.Count);
        for (var i = 0; i < body.Count; i++)
        {
            var index = i;
            if (body[i] is not { } candidate)
            {
                errors[$"[{index}]"] = [$"Candidate {index} is null."];
                continue;
            }
            if (CandidateRowReader.Read(index + 1, column => CellOf(candidate, column),
                (column, message) => errors[$"[{index}].{FieldOf(column)}"] = [$"Candidate {index}, {FieldOf(column)}: {message}"]) is { } row)
            {
                rows.Add(row);
            }
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, detail: $"{errors.Count} problem(s) in the candidates; nothing was imported.");
        }
        return await StoreAsync(clientProfileId!.Value, jobAdId, rows, request);
    }

    /// <summary>A JSON candidate's field as the CSV column's text, so one set of rules checks both (skills are split on ';' as in CSV).</summary>
    private static string CellOf(CandidateBody candidate, string column) => column switch
    {
        "skills" => candidate.Skills is { } skills ? string.Join(';', skills) : "",
        "years_of_experience" => candidate.YearsOfExperience?.ToString("R", System.Globalization.CultureInfo.InvariantCulture) ?? "",
        "location" => candidate.Location ?? "",
        "education_level" => candidate.EducationLevel ?? "",
        "desired_salary" => candidate.DesiredSalary?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
        "availability" => candidate.Availability ?? "",
        "email" => candidate.Email ?? "",
        "phone" => candidate.Phone ?? "",
        _ => "",
    };

    private static string FieldOf(string column) => column switch
    {
        "years_of_experience" => "yearsOfExperience",
        "education_level" => "educationLevel",
        "desired_salary" => "desiredSalary",
        _ => column,
    };

    private static async Task<Results<Created<CandidateImportResponse>, ValidationProblem>> StoreAsync(
        Guid clientProfileId, Guid? jobAdId, List<CandidateRow> rows, AdsRequest request)
    {
        var now = request.Clock.GetUtcNow();
        request.Db.Candidates.AddRange(rows.Select(r => new Candidate
        {
            Id = Guid.CreateVersion7(),
            TenantId = request.TenantId,
            ClientProfileId = clientProfileId,
            JobAdId = jobAdId,
            SourceRow = r.Row,
            Skills = [.. r.Skills],
            YearsOfExperience = r.YearsOfExperience,
            Location = r.Location,
            EducationLevel = r.EducationLevel,
            DesiredSalary = r.DesiredSalary,
            Availability = r.Availability,
            Email = r.Email,
            Phone = r.Phone,
            ImportedAt = now,
        }));
        await request.Db.SaveChangesAsync(request.CancellationToken);
        var total = await request.Db.Candidates.CountAsync(c => c.ClientProfileId == clientProfileId, request.CancellationToken);
        return TypedResults.Created($"/api/ads/candidates?clientProfileId={clientProfileId}", new CandidateImportResponse(clientProfileId, rows.Count, total));
    }

    public static async Task<Results<Ok<IReadOnlyList<CandidateResponse>>, ValidationProblem>> ListAsync(
        Guid? clientProfileId, Guid? jobAdId, int? offset, int? limit, [AsParameters] AdsRequest request)
    {
        if (offset is < 0 || limit is < 1 or > MaxPage)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [offset is < 0 ? "offset" : "limit"] = [$"offset must be ≥ 0 and limit between 1 and {MaxPage}."],
            });
        }
        var candidates = request.Db.Candidates.AsNoTracking();
        if (clientProfileId is { } profile)
        {
            candidates = candidates.Where(c => c.ClientProfileId == profile);
        }
        if (jobAdId is { } job)
        {
            candidates = candidates.Where(c => c.JobAdId == job);
        }
        var rows = await candidates.OrderBy(c => c.Id).Skip(offset ?? 0).Take(limit ?? 100).ToListAsync(request.CancellationToken);
        return TypedResults.Ok<IReadOnlyList<CandidateResponse>>([.. rows.Select(CandidateResponse.From)]);
    }

    public static async Task<Results<Ok<SegmentationResponse>, ValidationProblem, ProblemHttpResult>> ComputeAsync(
        Guid? clientProfileId, Guid? jobAdId, CandidateSegmenter segmenter, [AsParameters] AdsRequest request)
    {
        if (clientProfileId is not { } profile)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["clientProfileId"] = ["clientProfileId is required."] });
        }
        var jobErrors = new Dictionary<string, string[]>();
        await CheckJobAsync(request, jobAdId, profile, jobErrors);
        if (jobErrors.Count > 0)
        {
            return TypedResults.ValidationProblem(jobErrors);
        }
        await using var transaction = await request.Db.Database.BeginTransactionAsync(request.CancellationToken);
        if (!await SegmentationLock.TryTakeAsync(request.Db, profile, jobAdId, request.CancellationToken))
        {
            return TypedResults.Problem("A segmentation of this client profile is already running; ask again when it has finished.",
                statusCode: StatusCodes.Status409Conflict, title: "Segmentation already running.", type: ProblemTypes.Conflict);
        }
        // Ordered by id (time-ordered v7) so the same candidates always reach K-means in the same order.
        var candidates = await request.Db.Candidates.AsNoTracking().Where(c => c.ClientProfileId == profile && (jobAdId == null || c.JobAdId == jobAdId))
            .OrderBy(c => c.Id).ToListAsync(request.CancellationToken);
        if (candidates.Count < SegmentationOptions.MinCandidates)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["clientProfileId"] = [$"Segmentation needs at least {SegmentationOptions.MinCandidates} candidates of the client profile; it has {candidates.Count}."],
            });
        }
        var result = segmenter.Segment(candidates);
        var now = request.Clock.GetUtcNow();
        var computationId = Guid.CreateVersion7();
        // A segment already made a platform audience stays: the audience exists on the platform and ad sets may target it.
        var previous = await request.Db.CandidateSegments.Where(s => s.ClientProfileId == profile && s.JobAdId == jobAdId && s.MetaAudienceId == null)
            .ToListAsync(request.CancellationToken);
        request.Db.CandidateSegments.RemoveRange(previous);
        var segments = result.Segments.Select(s => new CandidateSegment
        {
            Id = Guid.CreateVersion7(),
            TenantId = request.TenantId,
            ClientProfileId = profile,
            JobAdId = jobAdId,
            ComputationId = computationId,
            Number = s.Number,
            Description = s.Description,
            MemberIds = [.. s.MemberIds],
            K = result.K,
            Silhouette = result.Silhouette,
            ComputedAt = now,
        }).ToList();
        request.Db.CandidateSegments.AddRange(segments);
        request.Db.AddEvent(new CandidateSegmentsComputed(Guid.NewGuid(), request.TenantId, now, jobAdId ?? Guid.Empty, Counts(result.Segments),
            profile, computationId, result.K, result.Silhouette), request.Clock);
        await request.Db.SaveChangesAsync(request.CancellationToken);
        await transaction.CommitAsync(request.CancellationToken);
        return TypedResults.Ok(SegmentationResponse.From(segments));
    }

    public static async Task<Results<Ok<SegmentationResponse>, NotFound, ValidationProblem>> SegmentsAsync(Guid? clientProfileId, Guid? jobAdId, [AsParameters] AdsRequest request)
    {
        if (clientProfileId is not { } profile)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["clientProfileId"] = ["clientProfileId is required."] });
        }
        var segments = await request.Db.CandidateSegments.AsNoTracking().Where(s => s.ClientProfileId == profile && s.JobAdId == jobAdId).ToListAsync(request.CancellationToken);
        if (segments.Count == 0)
        {
            return TypedResults.NotFound();
        }
        // Earlier runs' segments kept for their audiences are reached by id, not listed with the latest run.
        var latest = segments.MaxBy(s => s.ComputedAt)!.ComputationId;
        return TypedResults.Ok(SegmentationResponse.From([.. segments.Where(s => s.ComputationId == latest)]));
    }

    /// <summary>A jobAdId, when given, names a job of the client profile.</summary>
    private static async Task CheckJobAsync(AdsRequest request, Guid? jobAdId, Guid clientProfileId, Dictionary<string, string[]> errors)
    {
        if (jobAdId is { } job && !await request.Db.JobAds.AnyAsync(j => j.Id == job && j.ClientProfileId == clientProfileId, request.CancellationToken))
        {
            errors["jobAdId"] = ["No such job of the client profile."];
        }
    }

    /// <summary>Members per segment keyed by description; two segments described alike get their number appended, so no count is lost.</summary>
    private static Dictionary<string, int> Counts(IReadOnlyList<SegmentDraft> segments)
    {
        var counts = new Dictionary<string, int>();
        foreach (var segment in segments)
        {
            var key = counts.ContainsKey(segment.Description) ? $"{segment.Description} (#{segment.Number})" : segment.Description;
            counts[key] = segment.MemberIds.Count;
        }
        return counts;
    }
}
