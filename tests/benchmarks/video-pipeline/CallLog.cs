namespace AdFlux.Video.Pipeline.Benchmark;

/// <summary>
/// Wraps ffmpeg and ffprobe in scripts that log each invocation's arguments before running the real
/// binary, and points FFMpegCore at them: the log shows how many processes the service started and
/// how many inputs each opened.
/// </summary>
public sealed class CallLog
{
    private readonly string _log;

    public CallLog(string folder, string realBinaries)
    {
        Folder = Path.Combine(folder, "wrapped-bin");
        Directory.CreateDirectory(Folder);
        _log = Path.Combine(folder, "ffmpeg-calls.log");
        foreach (var tool in new[] { "ffmpeg", "ffprobe" })
        {
            var script = Path.Combine(Folder, tool);
            File.WriteAllText(script, $"#!/bin/sh\nprintf '%s\\n' \"{tool} $*\" >> '{_log}'\nexec '{Path.Combine(realBinaries, tool)}' \"$@\"\n");
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    public string Folder { get; }

    public void Clear() => File.WriteAllText(_log, "");

    public IReadOnlyList<string> Calls() => File.Exists(_log) ? File.ReadAllLines(_log) : [];
}
