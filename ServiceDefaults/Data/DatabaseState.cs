using Microsoft.EntityFrameworkCore;

namespace AdFlux.ServiceDefaults.Data;

/// <summary>Whether the context's migrations have been applied, and the last failure if not.</summary>
public sealed class DatabaseState<TContext>(string databaseName)
    where TContext : DbContext
{
    private readonly TaskCompletionSource _migrated = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string DatabaseName { get; } = databaseName;

    public bool IsMigrated => _migrated.Task.IsCompleted;

    public string? LastError { get; set; }

    /// <summary>Completes once migrations are applied; background workers await it before touching tables.</summary>
    public Task Migrated => _migrated.Task;

    public void MarkMigrated()
    {
        LastError = null;
        _migrated.TrySetResult();
    }
}
