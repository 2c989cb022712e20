using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace AdFlux.ServiceDefaults.Auth;

/// <summary>
/// Keeps the last loaded keys; reloads them every <see cref="AuthOptions.KeyRefreshInterval"/>
/// and when a token names an unknown key id (at most every <see cref="AuthOptions.KeyRefreshMinInterval"/>).
/// One load at a time; a failed load keeps the previous keys.
/// </summary>
public abstract class CachingSigningKeySource(AuthOptions options, TimeProvider clock, ILogger logger) : ISigningKeySource
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private IReadOnlyList<SecurityKey> _keys = [];
    private long _loadedAtTicks;
    private long _attemptedAtTicks;

    protected TimeProvider Clock => clock;

    public async ValueTask<IReadOnlyList<SecurityKey>> GetKeysAsync(string? keyId, CancellationToken cancellationToken)
    {
        var keys = Volatile.Read(ref _keys);
        if (!NeedsLoad(keys, keyId))
        {
            return keys;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            // Another request may have loaded while this one waited.
            keys = _keys;
            if (NeedsLoad(keys, keyId))
            {
                var now = clock.GetUtcNow().UtcTicks;
                Volatile.Write(ref _attemptedAtTicks, now);
                try
                {
                    keys = await LoadAsync(cancellationToken);
                    Volatile.Write(ref _keys, keys);
                    Volatile.Write(ref _loadedAtTicks, now);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    logger.LogWarning(ex, "Signing keys could not be loaded; keeping {Count} known keys", keys.Count);
                }
            }
            return keys;
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>Forgets the loaded keys, so the next token loads them again (after a local rotation).</summary>
    public void Invalidate() => Volatile.Write(ref _loadedAtTicks, 0);

    private bool NeedsLoad(IReadOnlyList<SecurityKey> keys, string? keyId)
    {
        var now = clock.GetUtcNow().UtcTicks;
        if (now - Volatile.Read(ref _loadedAtTicks) >= options.KeyRefreshInterval.Ticks)
        {
            return true;
        }
        var unknown = keyId is not null && !keys.Any(key => key.KeyId == keyId);
        return unknown && now - Volatile.Read(ref _attemptedAtTicks) >= options.KeyRefreshMinInterval.Ticks;
    }

    protected abstract Task<IReadOnlyList<SecurityKey>> LoadAsync(CancellationToken cancellationToken);
}
