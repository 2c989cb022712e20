using AdFlux.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.ServiceDefaults.Data;

/// <summary>
/// Base of every service's one DbContext: applies the service's entity configurations, then
/// what every service must have and cannot forget (tenant filters, outbox and inbox tables),
/// then the one naming rule (snake_case).
/// </summary>
public abstract class ServiceDbContext(DbContextOptions options, ITenantContext tenant) : DbContext(options)
{
    /// <summary>The caller's tenant; EF parameterises query filters that read it per context instance.</summary>
    public Guid? CurrentTenantId => tenant.TenantId;

    public ITenantContext Tenant => tenant;

    /// <summary>True for a viewer limited to some client profiles (<see cref="ClientScope"/>).</summary>
    public bool ClientScopeRestricted => tenant.ClientProfileScope is not null;

    public Guid[] ClientScope => tenant.ClientProfileScope?.ToArray() ?? [];

    /// <summary>Tables the service's runtime role may only read and insert into (<see cref="RuntimePrivileges"/>).</summary>
    public virtual IReadOnlyList<string> AppendOnlyTables => [];

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var assembly = GetType().Assembly;
        // A service with no entities of its own yet would get EF's "no configurations found" warning at every start.
        if (assembly.GetTypes().Any(IsEntityTypeConfiguration))
        {
            modelBuilder.ApplyConfigurationsFromAssembly(assembly);
        }
        modelBuilder.ApplyTenantFilters(this);
        Outbox.OutboxModel.AddOutboxAndInbox(modelBuilder);
        modelBuilder.UseSnakeCaseNames();
    }

    private static bool IsEntityTypeConfiguration(Type type) =>
        type is { IsAbstract: false, IsGenericTypeDefinition: false }
        && type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEntityTypeConfiguration<>));
}
