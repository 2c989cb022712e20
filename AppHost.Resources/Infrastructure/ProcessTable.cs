using System.Globalization;

namespace AdFlux.AppHost.Infrastructure;

/// <summary>What <c>ps</c> would show, read from /proc: enough to check that nothing of ours is left running.</summary>
public static class ProcessTable
{
    public static IReadOnlyList<ProcessInfo> All() =>
        [.. Directory.EnumerateDirectories("/proc")
            .Select(Path.GetFileName)
            .Where(name => name!.All(char.IsAsciiDigit))
            .Select(name => Find(int.Parse(name!, CultureInfo.InvariantCulture)))
            .OfType<ProcessInfo>()];

    public static ProcessInfo? Find(int pid)
    {
        try
        {
            // "pid (comm) state ppid … starttime": comm may hold spaces and parentheses, so split after the last ')'.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            if (fields[0] == "Z")
            {
                return null;
            }
            var commandLine = File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim();
            return new ProcessInfo(pid, int.Parse(fields[1], CultureInfo.InvariantCulture), long.Parse(fields[19], CultureInfo.InvariantCulture), commandLine);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Processes whose environment mentions <paramref name="text"/>, e.g. a server's data folder: daemons a server spawned inherit it.</summary>
    public static IReadOnlyList<ProcessInfo> WithEnvironmentContaining(string text) =>
        [.. All().Where(process =>
        {
            try
            {
                return File.ReadAllText($"/proc/{process.Pid}/environ").Contains(text, StringComparison.Ordinal);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return false;
            }
        })];

    /// <summary>
    /// SIGKILLs <paramref name="pid"/> and every process below it, found in one pass over /proc first.
    /// Unlike <c>Process.Kill(entireProcessTree: true)</c> nothing is SIGSTOPped on the way: a host ended
    /// halfway through that left a stopped postgres child that no postmaster death could wake.
    /// A process forked between the pass and the kill sees its parent die (postgres children exit on that).
    /// </summary>
    public static void KillTree(int pid)
    {
        var descendants = DescendantsOf(pid);
        Posix.Signal(pid, Posix.SigKill);
        foreach (var descendant in descendants)
        {
            Posix.Signal(descendant.Pid, Posix.SigKill);
        }
    }

    /// <summary>Every process below <paramref name="pid"/> (children, their children…), whatever session they moved to.</summary>
    public static IReadOnlyList<ProcessInfo> DescendantsOf(int pid)
    {
        var byParent = All().ToLookup(p => p.ParentPid);
        var found = new List<ProcessInfo>();
        var pending = new Queue<int>([pid]);
        while (pending.TryDequeue(out var parent))
        {
            foreach (var child in byParent[parent])
            {
                found.Add(child);
                pending.Enqueue(child.Pid);
            }
        }
        return found;
    }
}
