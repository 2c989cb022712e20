using AdFlux.Insights.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Insights.Data.Configurations;

internal sealed class SocialPostRecordConfiguration : IEntityTypeConfiguration<SocialPostRecord>
{
    public void Configure(EntityTypeBuilder<SocialPostRecord> builder)
    {
        builder.ToTable("social_posts");
        builder.Property(p => p.Id).UseIdentityByDefaultColumn();
        builder.Property(p => p.PostUrl).HasMaxLength(CommentColumns.UrlLength);
        builder.Property(p => p.Platform).HasMaxLength(MetricColumns.NameLength);
        builder.HasIndex(p => new { p.TenantId, p.ClientProfileId, p.PostUrl }).IsUnique().HasDatabaseName("ux_social_posts_profile_url");
        builder.HasIndex(p => new { p.TenantId, p.ClientProfileId, p.ReceivedAt }).HasDatabaseName("ix_social_posts_profile_received");
    }
}
