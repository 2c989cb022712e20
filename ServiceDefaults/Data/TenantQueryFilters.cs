using System.Linq.Expressions;
using AdFlux.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.ServiceDefaults.Tenancy;

/// <summary>
/// Named query filters added to every entity of every service context: <see cref="Tenant"/> on
/// <see cref="ITenantOwned"/> rows (another tenant's rows are invisible, so a lookup answers 404)
/// and <see cref="ClientScope"/> on <see cref="IClientProfileScoped"/> rows. Work that must
/// cross tenants (login, a consumer) says <c>IgnoreQueryFilters([TenantQueryFilters.Tenant])</c>.
/// </summary>
public static class TenantQueryFilters
{
    public const string Tenant = "tenant";
    public const string ClientScope = "client_scope";

    public static ModelBuilder ApplyTenantFilters(this ModelBuilder modelBuilder, ServiceDbContext context)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(entity => entity.BaseType is null && !entity.IsOwned()).ToList())
        {
            var type = entity.ClrType;
            if (typeof(ITenantOwned).IsAssignableFrom(type))
            {
                modelBuilder.Entity(type).HasQueryFilter(Tenant, TenantFilter(type, context));
            }
            if (typeof(IClientProfileScoped).IsAssignableFrom(type))
            {
                modelBuilder.Entity(type).HasQueryFilter(ClientScope, ClientScopeFilter(type, nameof(IClientProfileScoped.ClientProfileId), context));
            }
        }
        return modelBuilder;
    }

    /// <summary><c>row => row.TenantId == context.CurrentTenantId</c> (no tenant: no rows).</summary>
    public static LambdaExpression TenantFilter(Type type, ServiceDbContext context)
    {
        var row = Expression.Parameter(type, "row");
        // EF recognises the context instance in a filter and reads its properties per query.
        var current = Expression.Property(Expression.Constant(context), nameof(ServiceDbContext.CurrentTenantId));
        var tenantId = Expression.Convert(Expression.Property(row, nameof(ITenantOwned.TenantId)), typeof(Guid?));
        return Expression.Lambda(Expression.Equal(tenantId, current), row);
    }

    /// <summary><c>row => !context.ClientScopeRestricted || context.ClientScope.Contains(row.&lt;property&gt;)</c>.</summary>
    public static LambdaExpression ClientScopeFilter(Type type, string clientProfileIdProperty, ServiceDbContext context)
    {
        var row = Expression.Parameter(type, "row");
        var self = Expression.Constant(context);
        var restricted = Expression.Property(self, nameof(ServiceDbContext.ClientScopeRestricted));
        var scope = Expression.Property(self, nameof(ServiceDbContext.ClientScope));
        var contains = Expression.Call(
            typeof(Enumerable), nameof(Enumerable.Contains), [typeof(Guid)], scope, Expression.Property(row, clientProfileIdProperty));
        return Expression.Lambda(Expression.OrElse(Expression.Not(restricted), contains), row);
    }
}
