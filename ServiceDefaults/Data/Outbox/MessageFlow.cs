using System.Diagnostics;

namespace AdFlux.ServiceDefaults.Outbox;

/// <summary>
/// The flow an event written now belongs to. Inside a consumer (set by
/// <see cref="IdempotentConsumer{TMessage, TContext}"/>) it is the consumed message's
/// correlation id, and the consumed message is the cause; in a request it is the W3C trace
/// id, so everything one request sets off shares one correlation id.
/// </summary>
public sealed record MessageFlow(Guid CorrelationId, Guid? CausationId)
{
    private static readonly AsyncLocal<MessageFlow?> Ambient = new();

    public static MessageFlow? Current => Ambient.Value;

    /// <summary>Makes <paramref name="flow"/> current until the returned scope is disposed.</summary>
    public static IDisposable Begin(MessageFlow flow)
    {
        var previous = Ambient.Value;
        Ambient.Value = flow;
        return new Scope(previous);
    }

    /// <summary>The current flow, else one keyed by the current trace, else null.</summary>
    public static MessageFlow? CurrentOrFromTrace() =>
        Current ?? (Activity.Current is { IdFormat: ActivityIdFormat.W3C } activity
            ? new MessageFlow(FromTraceId(activity.TraceId), null)
            : null);

    /// <summary>A W3C trace id is 16 bytes, exactly a Guid.</summary>
    public static Guid FromTraceId(ActivityTraceId traceId) => Guid.ParseExact(traceId.ToHexString(), "N");

    private sealed class Scope(MessageFlow? previous) : IDisposable
    {
        public void Dispose() => Ambient.Value = previous;
    }
}
