namespace AdFlux.Gateway.Tests.Support;

/// <summary>What the service saw of a request that reached it.</summary>
public sealed record ProbeResponse(
    string Path,
    string Query,
    string TraceId,
    string ParentSpanId,
    string? ForwardedFor,
    bool HadAuthorization,
    long BodyLength);
