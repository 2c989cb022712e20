namespace AdFlux.ServiceDefaults.Messaging;

/// <summary>A consumer queue every publisher declares and binds before its first publish of <see cref="MessageTypes"/>.</summary>
public sealed record DurableSubscription(string Queue, IReadOnlyList<Type> MessageTypes);
