using AdFlux.ServiceDefaults.Data;
using AdFlux.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.ServiceDefaults.Tests.ConsumerTenancy;

/// <summary>A service context with one tenant-owned table, to see what a consumer's queries see.</summary>
public sealed class NotesDbContext(DbContextOptions<NotesDbContext> options, ITenantContext tenant) : ServiceDbContext(options, tenant)
{
    public DbSet<TenantNote> Notes => Set<TenantNote>();
}
