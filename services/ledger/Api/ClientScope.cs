using AdFlux.Ledger.Data;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Ledger.Api;

/// <summary>
/// What a viewer limited to some client profiles may read of its tenant's chain: the events
/// whose payload names one of those profiles (<c>clientProfileId</c>). Events tied to no
/// profile (tenant and user administration, jobs that name only a video) are tenant-wide and
/// stay hidden from such a viewer: the ledger cannot tell whose they are.
/// </summary>
public static class ClientScope
{
    public static IQueryable<LedgerEvent> Limit(LedgerDbContext db, IReadOnlySet<Guid> clientProfiles)
    {
        // Contracts serialise Guids in the "D" form (lowercase), so a text comparison matches them.
        var ids = clientProfiles.Select(id => id.ToString("D")).ToArray();
        return db.Events.FromSql($"SELECT * FROM ledger_events WHERE payload ->> 'clientProfileId' = ANY({ids})");
    }
}
