using AdFlux.ServiceDefaults.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.ServiceDefaults.Tests.ConsumerTenancy;

/// <summary>Reads the tenant-owned notes through the ordinary, tenant-filtered query.</summary>
public sealed class NotesConsumer(NotesDbContext db, TimeProvider clock, NotesSeen seen)
    : IdempotentConsumer<NotesRequested, NotesDbContext>(db, clock)
{
    protected override async Task HandleAsync(ConsumeContext<NotesRequested> context)
    {
        var notes = await Db.Notes.OrderBy(note => note.Text).Select(note => note.Text).ToListAsync(context.CancellationToken);
        seen.Record(context.Message.EventId, notes);
    }
}
