namespace AdFlux.AppHost.Infrastructure;

public sealed record ChildProcessSpec(string FileName, IReadOnlyList<string> Arguments)
{
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    public string? WorkingDirectory { get; init; }

    public string? PidFile { get; init; }

    /// <summary>Receives every stdout and stderr line, from the first one on.</summary>
    public Action<string>? Output { get; init; }
}
