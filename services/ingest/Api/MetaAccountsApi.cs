using AdFlux.Ingest.Domain;
using AdFlux.Ingest.Meta;
using AdFlux.ServiceDefaults.Auth;
using AdFlux.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AdFlux.Ingest.Api;

/// <summary>Which Meta accounts belong to which client profile: how an unauthenticated Meta delivery finds its tenant (admins only).</summary>
public static class MetaAccountsApi
{
    public static readonly IReadOnlyList<string> Kinds = ["page", "instagram", "ad_account"];

    public static IEndpointRouteBuilder MapMetaAccountsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/ingest/meta-accounts").WithTags("Meta accounts").RequireAuthorization(Policies.Admin);
        group.MapGet("", ListAsync).WithName("ListMetaAccounts").WithSummary("The tenant's registered Meta pages and accounts");
        group.MapPost("", RegisterAsync).WithName("RegisterMetaAccount").WithSummary("Route a page's or account's Meta webhooks to a client profile");
        group.MapDelete("/{id:guid}", RemoveAsync).WithName("RemoveMetaAccount").WithSummary("Stop accepting a page's or account's Meta webhooks");
        return app;
    }

    public static async Task<Ok<List<MetaAccountResponse>>> ListAsync([AsParameters] IngestRequest request)
    {
        var accounts = await request.Db.MetaAccounts.AsNoTracking().OrderBy(a => a.CreatedAt).ToListAsync(request.CancellationToken);
        return TypedResults.Ok(accounts.Select(MetaAccountResponse.From).ToList());
    }

    public static async Task<Results<Created<MetaAccountResponse>, ValidationProblem, ProblemHttpResult>> RegisterAsync(
        RegisterMetaAccountRequest body, ClientProfileOwnership clientProfiles, [AsParameters] IngestRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        var accountId = body.AccountId is { } raw ? MetaPayloadParser.NormaliseAccountId(raw.Trim()) : null;
        if (string.IsNullOrEmpty(accountId) || accountId.Length > 100 || !accountId.All(char.IsAsciiDigit))
        {
            errors["accountId"] = ["accountId must be the numeric page, Instagram user or ad account id."];
        }
        if (body.Kind is null || !Kinds.Contains(body.Kind))
        {
            errors["kind"] = [$"kind must be one of: {string.Join(", ", Kinds)}."];
        }
        if (body.ClientProfileId is null || body.ClientProfileId == Guid.Empty)
        {
            errors["clientProfileId"] = ["clientProfileId is required."];
        }
        else if (!await clientProfiles.BelongsToCallerAsync(body.ClientProfileId.Value, request.CancellationToken))
        {
            errors["clientProfileId"] = ["No client profile with this id exists in your tenant."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var account = new MetaAccount
        {
            Id = Guid.CreateVersion7(),
            TenantId = request.Db.CurrentTenantId!.Value,
            ClientProfileId = body.ClientProfileId!.Value,
            AccountId = accountId!,
            Kind = body.Kind!,
            CreatedAt = request.Clock.GetUtcNow(),
        };
        request.Db.MetaAccounts.Add(account);
        try
        {
            await request.Db.SaveChangesAsync(request.CancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, type: ProblemTypes.Conflict,
                title: "Account already registered", detail: "This Meta account is registered already; remove it there first.");
        }
        return TypedResults.Created($"/api/ingest/meta-accounts/{account.Id}", MetaAccountResponse.From(account));
    }

    public static async Task<Results<NoContent, NotFound>> RemoveAsync(Guid id, [AsParameters] IngestRequest request)
    {
        var deleted = await request.Db.MetaAccounts.Where(a => a.Id == id).ExecuteDeleteAsync(request.CancellationToken);
        return deleted == 0 ? TypedResults.NotFound() : TypedResults.NoContent();
    }
}
