using AdFlux.Ingest.Data;

namespace AdFlux.Ingest.Api;

/// <summary>What the ingest read and admin handlers need, bound with <c>[AsParameters]</c>; the context filters by the caller's tenant.</summary>
public sealed record IngestRequest(IngestDbContext Db, TimeProvider Clock, CancellationToken CancellationToken);
