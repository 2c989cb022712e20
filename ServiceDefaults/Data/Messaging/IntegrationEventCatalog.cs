using AdFlux.Contracts;
using AdFlux.Contracts.Ledger;

namespace AdFlux.ServiceDefaults.Messaging;

/// <summary>Every integration event type in <c>contracts</c>, found by reflection so a new contract is covered without a list to update.</summary>
public static class IntegrationEventCatalog
{
    public static IReadOnlyList<Type> All { get; } = typeof(IIntegrationEvent).Assembly.GetExportedTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false } && typeof(IIntegrationEvent).IsAssignableFrom(t))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToArray();

    /// <summary>
    /// What the ledger records: every event but its own checkpoints, since recording a
    /// checkpoint would move the chain head it anchors and call for the next one.
    /// </summary>
    public static IReadOnlyList<Type> RecordedByLedger { get; } = [.. All.Where(t => t != typeof(LedgerCheckpointCreated))];
}
