using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Ledger.Data;

internal sealed class LedgerEventConfiguration : IEntityTypeConfiguration<LedgerEvent>
{
    public void Configure(EntityTypeBuilder<LedgerEvent> builder)
    {
        builder.ToTable("ledger_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseIdentityByDefaultColumn();
        builder.HasIndex(e => e.EventId).IsUnique();
        builder.HasIndex(e => new { e.TenantId, e.Position }).IsUnique();
        builder.HasIndex(e => new { e.TenantId, e.CorrelationId });
        builder.HasIndex(e => new { e.TenantId, e.EventType, e.Position });
        builder.Property(e => e.EventType).HasMaxLength(300);
        builder.Property(e => e.SourceService).HasMaxLength(100);
        builder.Property(e => e.Payload).HasColumnType("jsonb");
        builder.Property(e => e.PreviousHash).HasMaxLength(64).IsFixedLength();
        builder.Property(e => e.Hash).HasMaxLength(64).IsFixedLength();
    }
}
