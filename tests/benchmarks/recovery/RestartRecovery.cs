namespace AdFlux.Recovery.Benchmark;

/// <summary>After one broker restart: when the ledger's queues had consumers again and when the whole burst was recorded (null: not within the deadline).</summary>
public sealed record RestartRecovery(TimeSpan? ConsumersAttachedAfter, TimeSpan? BurstRecordedAfter, long Rows, long Published)
{
    public bool Recovered => ConsumersAttachedAfter is not null && BurstRecordedAfter is not null;
}
