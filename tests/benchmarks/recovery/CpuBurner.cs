using System.Diagnostics;

namespace AdFlux.Recovery.Benchmark;

/// <summary>
/// CPU contention beside a test: one busy-looping shell per core, so the test runs the way
/// it does on a loaded CI machine. Disposing kills exactly the processes it started.
/// </summary>
public sealed class CpuBurner : IDisposable
{
    private readonly List<Process> _burners;

    private CpuBurner(List<Process> burners) => _burners = burners;

    public int Processes => _burners.Count;

    public static CpuBurner Start(int? processes = null) =>
        new(Enumerable.Range(0, processes ?? Environment.ProcessorCount)
            .Select(_ => Process.Start(new ProcessStartInfo("sh", ["-c", "while :; do :; done"]) { UseShellExecute = false })!)
            .ToList());

    public void Dispose()
    {
        foreach (var burner in _burners)
        {
            try
            {
                burner.Kill();
                burner.WaitForExit(5000);
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }
            burner.Dispose();
        }
    }
}
