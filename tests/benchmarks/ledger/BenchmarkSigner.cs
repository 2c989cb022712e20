using System.Security.Cryptography;
using AdFlux.Ledger.Checkpoints;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AdFlux.Ledger.Benchmarks;

/// <summary>A checkpoint signer on a fresh key, as the ledger builds one from configuration.</summary>
public static class BenchmarkSigner
{
    public static CheckpointSigner Create()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return new CheckpointSigner(Options.Create(new CheckpointOptions { Key = key.ExportPkcs8PrivateKeyPem() }), NullLogger<CheckpointSigner>.Instance);
    }
}
