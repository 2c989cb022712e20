namespace AdFlux.Ads.Studio.Workflows;

/// <summary>
/// Who is deciding: a signed-in user (id and role), or an external approver through a link
/// (<see cref="Via"/> external): then <see cref="UserId"/> is who answers for the link and
/// <see cref="ExternalVote"/> the named approver whose vote it casts (null on an any-step).
/// </summary>
public sealed record Approver(Guid? UserId, string? Role, string Via = "user", Guid? ExternalVote = null)
{
    public const string External = "external";
}
