using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Ledger.Data;

internal sealed class DeadLetterConfiguration : IEntityTypeConfiguration<DeadLetter>
{
    public void Configure(EntityTypeBuilder<DeadLetter> builder)
    {
        builder.ToTable("dead_letters");
        builder.HasKey(d => d.Id);
        builder.HasIndex(d => new { d.MessageId, d.Queue }).IsUnique();
        builder.HasIndex(d => new { d.TenantId, d.FirstSeenAt });
        builder.Property(d => d.MessageType).HasMaxLength(300);
        builder.Property(d => d.Queue).HasMaxLength(300);
    }
}
