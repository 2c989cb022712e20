using AdFlux.Contracts.Identity;
using AdFlux.Identity.Data;
using AdFlux.Identity.Domain;
using AdFlux.ServiceDefaults.Auth;
using AdFlux.ServiceDefaults.Outbox;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Identity.Api.ClientProfiles;

/// <summary>Client profiles (fichas cliente): everyone of the tenant reads (viewers only theirs), admins write.</summary>
public static class ClientProfilesApi
{
    public static IEndpointRouteBuilder MapClientProfilesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/identity/client-profiles").WithTags("Client profiles");
        group.MapGet("", ListAsync).WithName("ListClientProfiles").WithSummary("Client profiles the caller may see.");
        group.MapGet("/{id:guid}", GetAsync).WithName("GetClientProfile").WithSummary("One client profile.");
        group.MapPost("", CreateAsync).WithName("CreateClientProfile").WithSummary("Create a client profile.").RequireAuthorization(Policies.Admin);
        group.MapPut("/{id:guid}", UpdateAsync).WithName("UpdateClientProfile").WithSummary("Rename or describe a client profile.").RequireAuthorization(Policies.Admin);
        return routes;
    }

    public static async Task<Ok<List<ClientProfileResponse>>> ListAsync(IdentityDbContext db, CancellationToken cancellationToken)
    {
        var profiles = await db.ClientProfiles.AsNoTracking().OrderBy(profile => profile.Name).ToListAsync(cancellationToken);
        return TypedResults.Ok(profiles.Select(ClientProfileResponse.From).ToList());
    }

    public static async Task<Results<Ok<ClientProfileResponse>, NotFound>> GetAsync(Guid id, IdentityDbContext db, CancellationToken cancellationToken) =>
        await db.ClientProfiles.AsNoTracking().SingleOrDefaultAsync(profile => profile.Id == id, cancellationToken) is { } profile
            ? TypedResults.Ok(ClientProfileResponse.From(profile))
            : TypedResults.NotFound();

    public static async Task<Results<Created<ClientProfileResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        ClientProfileRequest request, IdentityDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (Validate(request) is { IsValid: false } invalid)
        {
            return Problems.Validation(invalid.Errors);
        }
        var profile = new ClientProfile
        {
            Id = Guid.NewGuid(),
            TenantId = db.CurrentTenantId!.Value,
            Name = request.Name!.Trim(),
            Description = request.Description?.Trim(),
            CreatedAt = clock.GetUtcNow(),
        };
        if (await NameTakenAsync(db, profile.Name, null, cancellationToken))
        {
            return NameConflict(profile.Name);
        }
        db.ClientProfiles.Add(profile);
        db.AddEvent(new ClientProfileCreated(Guid.NewGuid(), profile.TenantId, profile.CreatedAt, profile.Id, profile.Name), clock);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/identity/client-profiles/{profile.Id}", ClientProfileResponse.From(profile));
    }

    public static async Task<Results<Ok<ClientProfileResponse>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, ClientProfileRequest request, IdentityDbContext db, CancellationToken cancellationToken)
    {
        var profile = await db.ClientProfiles.SingleOrDefaultAsync(candidate => candidate.Id == id, cancellationToken);
        if (profile is null)
        {
            return TypedResults.NotFound();
        }
        if (Validate(request) is { IsValid: false } invalid)
        {
            return Problems.Validation(invalid.Errors);
        }
        var name = request.Name!.Trim();
        if (await NameTakenAsync(db, name, id, cancellationToken))
        {
            return NameConflict(name);
        }
        profile.Name = name;
        profile.Description = request.Description?.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ClientProfileResponse.From(profile));
    }

    private static Validation Validate(ClientProfileRequest request) => new Validation()
        .Require(!string.IsNullOrWhiteSpace(request.Name), "name", "Name is required.")
        .Require(request.Name is null || request.Name.Trim().Length <= 200, "name", "Name must be at most 200 characters.")
        .Require(request.Description is null || request.Description.Length <= 2000, "description", "Description must be at most 2000 characters.");

    private static Task<bool> NameTakenAsync(IdentityDbContext db, string name, Guid? except, CancellationToken cancellationToken) =>
        db.ClientProfiles.IgnoreQueryFilters([ServiceDefaults.Tenancy.TenantQueryFilters.ClientScope])
            .AnyAsync(profile => profile.Name == name && profile.Id != except, cancellationToken);

    private static ProblemHttpResult NameConflict(string name) =>
        Problems.Status(StatusCodes.Status409Conflict, "Name taken", $"The tenant already has a client profile named '{name}'.");
}
