using System.Runtime.InteropServices;

namespace AdFlux.AppHost.Orchestration;

/// <summary>
/// Ctrl+C (SIGINT) and SIGTERM cancel <see cref="Token"/> instead of ending the process, so the
/// AppHost can stop its children in order. Children run in their own sessions, so the
/// terminal's Ctrl+C reaches only us.
/// </summary>
public sealed class ShutdownSignal : IDisposable
{
    private readonly CancellationTokenSource _cts = new();
    private readonly PosixSignalRegistration[] _registrations;

    public ShutdownSignal()
    {
        _registrations = [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle),
        ];
    }

    public CancellationToken Token => _cts.Token;

    private void Handle(PosixSignalContext context)
    {
        // A second Ctrl+C while stopping ends the process at once; the next start kills leftovers by their pid files.
        if (_cts.IsCancellationRequested)
        {
            return;
        }
        context.Cancel = true;
        _cts.Cancel();
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }
        _cts.Dispose();
    }
}
