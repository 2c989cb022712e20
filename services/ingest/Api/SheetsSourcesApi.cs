using AdFlux.Ingest.Domain;
using AdFlux.Ingest.Platforms;
using AdFlux.Ingest.Pulls;
using AdFlux.Ingest.Sheets;
using AdFlux.ServiceDefaults.Auth;
using AdFlux.ServiceDefaults.Errors;
using AdFlux.ServiceDefaults.Secrets;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AdFlux.Ingest.Api;

/// <summary>Client profiles' Google Sheets (seed 004 §2.3): register with a service-account key, list, and pull now (admins only).</summary>
public static class SheetsSourcesApi
{
    public static IEndpointRouteBuilder MapSheetsSourcesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/ingest/sheets-sources").WithTags("Google Sheets").RequireAuthorization(Policies.Admin);
        group.MapGet("", ListAsync).WithName("ListSheetsSources").WithSummary("The tenant's spreadsheets and their last pulls");
        group.MapPost("", RegisterAsync).WithName("RegisterSheetsSource").WithSummary("Register a client profile's spreadsheet with a service-account key");
        group.MapPost("/{id:guid}/pull", PullAsync).WithName("PullSheetsSource")
            .WithSummary("Pull new posts and comments now; bad rows are reported row by row");
        group.MapPut("/{id:guid}/credential", ReplaceCredentialAsync).WithName("ReplaceSheetsCredential")
            .WithSummary("Replace a spreadsheet's service-account key; a refused one is cleared and its schedule runs again at once");
        return app;
    }

    public static async Task<Ok<List<SheetsSourceResponse>>> ListAsync([AsParameters] IngestRequest request)
    {
        var sources = await request.Db.SheetsSources.AsNoTracking().OrderBy(s => s.CreatedAt).ToListAsync(request.CancellationToken);
        return TypedResults.Ok(sources.Select(SheetsSourceResponse.From).ToList());
    }

    public static async Task<Results<Created<SheetsSourceResponse>, ValidationProblem, ProblemHttpResult>> RegisterAsync(
        RegisterSheetsSourceRequest body, SecretProtector protector, ClientProfileOwnership clientProfiles, [AsParameters] IngestRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (body.ClientProfileId is null || body.ClientProfileId == Guid.Empty)
        {
            errors["clientProfileId"] = ["clientProfileId is required."];
        }
        else if (!await clientProfiles.BelongsToCallerAsync(body.ClientProfileId.Value, request.CancellationToken))
        {
            errors["clientProfileId"] = ["No client profile with this id exists in your tenant."];
        }
        if (string.IsNullOrWhiteSpace(body.SpreadsheetId) || body.SpreadsheetId.Trim().Length > 200)
        {
            errors["spreadsheetId"] = ["spreadsheetId is required (at most 200 characters)."];
        }
        try
        {
            GoogleServiceAccount.FromJson(body.ServiceAccountJson ?? "");
        }
        catch (Exception ex) when (ex is ArgumentException or System.Text.Json.JsonException)
        {
            errors["serviceAccountJson"] = [$"serviceAccountJson must be a Google service-account key file: {ex.Message}"];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var now = request.Clock.GetUtcNow();
        var source = new SheetsSource
        {
            Id = Guid.CreateVersion7(now),
            TenantId = request.Db.CurrentTenantId!.Value,
            ClientProfileId = body.ClientProfileId!.Value,
            SpreadsheetId = body.SpreadsheetId!.Trim(),
            Credential = protector.Protect(body.ServiceAccountJson!, SheetsPuller.CredentialPurpose),
            CreatedAt = now,
        };
        request.Db.SheetsSources.Add(source);
        try
        {
            await request.Db.SaveChangesAsync(request.CancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, type: ProblemTypes.Conflict,
                title: "Spreadsheet already registered", detail: "This client profile already has this spreadsheet.");
        }
        return TypedResults.Created($"/api/ingest/sheets-sources/{source.Id}", SheetsSourceResponse.From(source));
    }

    public static async Task<Results<Ok<SheetsSourceResponse>, NotFound, ValidationProblem>> ReplaceCredentialAsync(
        Guid id, ReplaceSheetsCredentialRequest body, SecretProtector protector, PullSignal signal, [AsParameters] IngestRequest request)
    {
        var source = await request.Db.SheetsSources.FirstOrDefaultAsync(s => s.Id == id, request.CancellationToken);
        if (source is null)
        {
            return TypedResults.NotFound();
        }
        try
        {
            GoogleServiceAccount.FromJson(body.ServiceAccountJson ?? "");
        }
        catch (Exception ex) when (ex is ArgumentException or System.Text.Json.JsonException)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["serviceAccountJson"] = [$"serviceAccountJson must be a Google service-account key file: {ex.Message}"],
            });
        }
        source.Credential = protector.Protect(body.ServiceAccountJson!, SheetsPuller.CredentialPurpose);
        (source.CredentialRefusedAt, source.CredentialError) = (null, null);
        await ScheduleResumption.ResumeAsync(request.Db, id, request.Clock.GetUtcNow(), request.CancellationToken);
        await request.Db.SaveChangesAsync(request.CancellationToken);
        signal.Notify();
        return TypedResults.Ok(SheetsSourceResponse.From(source));
    }

    public static async Task<Results<Ok<SheetsPullReport>, NotFound>> PullAsync(Guid id, SheetsPuller puller, [AsParameters] IngestRequest request)
    {
        if (!await request.Db.SheetsSources.AnyAsync(s => s.Id == id, request.CancellationToken))
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(await puller.PullAsync(id, request.CancellationToken));
    }
}
