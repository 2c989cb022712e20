using Microsoft.EntityFrameworkCore;

namespace AdFlux.ServiceDefaults.Outbox;

/// <summary>The outbox and inbox tables every service database has (see <see cref="OutboxMigrations"/>).</summary>
public static class OutboxModel
{
    public static ModelBuilder AddOutboxAndInbox(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("outbox_messages");
            outbox.HasKey(m => m.Id);
            outbox.Property(m => m.Id).UseIdentityByDefaultColumn();
            outbox.HasIndex(m => m.EventId).IsUnique();
            outbox.Property(m => m.Payload).HasColumnType("jsonb");
            outbox.HasIndex(m => m.Id).HasDatabaseName("ix_outbox_messages_unsent").HasFilter("sent_at IS NULL");
        });
        modelBuilder.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable("inbox_messages");
            inbox.HasKey(m => new { m.MessageId, m.Consumer });
        });
        return modelBuilder;
    }
}
