namespace AdFlux.Web.Studio;

/// <summary>A decision on a request; <see cref="Step"/> counts from 1.</summary>
public sealed record StudioDecision(int Round, int Step, string Decision, Guid? DeciderUserId, string Via, string? Comment, DateTimeOffset At);
