namespace AdFlux.Gateway.Benchmark;

public sealed record BenchResponse(string Service, string TenantId);
