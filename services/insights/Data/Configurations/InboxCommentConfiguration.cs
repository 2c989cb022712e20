using AdFlux.Insights.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Insights.Data.Configurations;

internal sealed class InboxCommentConfiguration : IEntityTypeConfiguration<InboxComment>
{
    public void Configure(EntityTypeBuilder<InboxComment> builder)
    {
        builder.ToTable("inbox_comments");
        builder.Property(c => c.Source).HasMaxLength(CommentColumns.LabelLength);
        builder.Property(c => c.ExternalKey).HasMaxLength(CommentColumns.KeyLength);
        builder.Property(c => c.Platform).HasMaxLength(MetricColumns.NameLength);
        builder.Property(c => c.Kind).HasMaxLength(CommentColumns.LabelLength);
        builder.Property(c => c.PostUrl).HasMaxLength(CommentColumns.UrlLength);
        builder.Property(c => c.Author).HasMaxLength(CommentColumns.AuthorLength);
        builder.Property(c => c.Sentiment).HasMaxLength(CommentColumns.LabelLength);
        builder.Property(c => c.Language).HasMaxLength(CommentColumns.LabelLength);
        builder.Property(c => c.LabelledBy).HasMaxLength(CommentColumns.LabelLength);
        builder.Property(c => c.CorrectedBy).HasMaxLength(CommentColumns.AuthorLength);
        builder.HasIndex(c => new { c.TenantId, c.ClientProfileId, c.Source, c.ExternalKey }).IsUnique().HasDatabaseName("ux_inbox_comments_source_key");
        builder.HasIndex(c => new { c.TenantId, c.ClientProfileId, c.CreatedAt }).HasDatabaseName("ix_inbox_comments_profile_created");
    }
}
