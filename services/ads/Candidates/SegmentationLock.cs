using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using AdFlux.Ads.Data;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Ads.Candidates;

/// <summary>
/// One segmentation per client profile at a time, across instances: a transaction-scoped PostgreSQL
/// advisory lock keyed by the profile (https://www.postgresql.org/docs/current/explicit-locking.html#ADVISORY-LOCKS).
/// Two computations at once would each replace the other's segments and announce two results.
/// </summary>
public static class SegmentationLock
{
    /// <summary>The lock of a profile-wide segmentation, or of one job's (<paramref name="jobAdId"/>).</summary>
    public static long KeyOf(Guid clientProfileId, Guid? jobAdId = null) =>
        BinaryPrimitives.ReadInt64LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes($"ads:candidate-segments:{clientProfileId}:{jobAdId}")));

    /// <summary>True when the current transaction now holds the profile's lock (released at commit or rollback); false when another holds it.</summary>
    public static Task<bool> TryTakeAsync(AdsDbContext db, Guid clientProfileId, Guid? jobAdId, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({KeyOf(clientProfileId, jobAdId)}) AS \"Value\"").SingleAsync(cancellationToken);
}
