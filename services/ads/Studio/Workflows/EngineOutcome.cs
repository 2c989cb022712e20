namespace AdFlux.Ads.Studio.Workflows;

/// <summary>
/// What the engine did: refused (<see cref="Status"/> 403 or 409 with the reason, nothing
/// changed) or applied, naming the state the request reached.
/// </summary>
public sealed record EngineOutcome(int Status, string? Refusal, string? ReachedStatus)
{
    public bool Refused => Refusal is not null;

    public static EngineOutcome Applied(string status) => new(200, null, status);

    public static EngineOutcome Forbidden(string reason) => new(403, reason, null);

    public static EngineOutcome Conflict(string reason) => new(409, reason, null);
}
