using AdFlux.Ads.Studio.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Ads.Data.Configurations.Studio;

internal sealed class RequestTransitionConfiguration : IEntityTypeConfiguration<RequestTransition>
{
    public void Configure(EntityTypeBuilder<RequestTransition> builder)
    {
        builder.ToTable("content_request_transitions");
        builder.HasKey(t => t.Id);
        // Ids are made here (Guid v7), so a row reached through a navigation is new, not an update.
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.HasIndex(t => new { t.ContentRequestId, t.Sequence }).IsUnique();
        builder.Property(t => t.FromStatus).HasMaxLength(20);
        builder.Property(t => t.ToStatus).HasMaxLength(20);
        builder.Property(t => t.Via).HasMaxLength(20);
        builder.Property(t => t.Reason).HasMaxLength(2000);
    }
}
