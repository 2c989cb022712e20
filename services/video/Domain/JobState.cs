namespace AdFlux.Video.Domain;

public enum JobState
{
    Pending,
    Running,
    Retrying,
    Succeeded,
    Failed,
    Cancelled,
}
