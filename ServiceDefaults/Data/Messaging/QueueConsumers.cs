namespace AdFlux.ServiceDefaults.Messaging;

/// <summary>
/// What the broker said about one consumed queue: its consumer count (null when it could not
/// be asked, with the reason in <see cref="Error"/>) and since when it has had none.
/// </summary>
public sealed record QueueConsumers(uint? Consumers, DateTimeOffset? MissingSince, string? Error)
{
    public static readonly QueueConsumers Unchecked = new(null, null, null);

    public bool Attached => Consumers > 0;
}
