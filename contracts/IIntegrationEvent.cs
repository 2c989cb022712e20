namespace AdFlux.Contracts;

/// <summary>
/// Something that happened in one service that others may react to. Correlation rides the
/// transport (MassTransit CorrelationId/ConversationId and W3C trace context), not the record.
/// </summary>
public interface IIntegrationEvent
{
    Guid EventId { get; }

    Guid TenantId { get; }

    DateTimeOffset OccurredAt { get; }
}
