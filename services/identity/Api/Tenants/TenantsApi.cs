using AdFlux.Identity.Api.Users;
using AdFlux.Identity.Data;
using AdFlux.Identity.Tenants;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AdFlux.Identity.Api.Tenants;

/// <summary>
/// The platform operator creates tenants with their first admin (<c>X-Operator-Key</c>). Not a
/// tenant's operation, so the gateway does not route it: the operator calls identity directly.
/// </summary>
public static class TenantsApi
{
    public static IEndpointRouteBuilder MapTenantsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/identity/tenants", CreateAsync).WithTags("Tenants").WithName("CreateTenant")
            .WithSummary("Platform operator: create a tenant and its first admin.")
            .AllowAnonymous()
            .AddEndpointFilter<OperatorKeyFilter>()
            .ExcludeFromDescription();
        return routes;
    }

    public static async Task<Results<Created<CreatedTenantResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateTenantRequest request, TenantProvisioner provisioner, IdentityDbContext db, CancellationToken cancellationToken)
    {
        var validation = new Validation()
            .Require(!string.IsNullOrWhiteSpace(request.Name) && request.Name.Trim().Length <= 200, "name", "A name of at most 200 characters is required.")
            .Require(Emails.IsValid(request.AdminEmail), "adminEmail", "A valid email address is required.")
            .Require(request.AdminPassword is { Length: >= UsersApi.MinPasswordLength }, "adminPassword",
                $"Password must have at least {UsersApi.MinPasswordLength} characters.");
        if (!validation.IsValid)
        {
            return Problems.Validation(validation.Errors);
        }
        var name = request.Name!.Trim();
        if (await db.Tenants.AnyAsync(tenant => tenant.Name == name, cancellationToken))
        {
            return NameTaken();
        }
        try
        {
            var (tenant, admin) = await provisioner.CreateAsync(name, request.AdminEmail!, request.AdminPassword!, cancellationToken);
            return TypedResults.Created($"/api/identity/tenants/{tenant.Id}",
                new CreatedTenantResponse(tenant.Id, tenant.Name, admin.Id, admin.Email, tenant.CreatedAt));
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return NameTaken();
        }
    }

    private static ProblemHttpResult NameTaken() =>
        Problems.Status(StatusCodes.Status409Conflict, "Tenant exists", detail: "A tenant with this name already exists.");
}
