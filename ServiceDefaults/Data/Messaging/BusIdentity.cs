namespace AdFlux.ServiceDefaults.Messaging;

/// <summary>The service a bus belongs to; published messages carry it in <see cref="AdFluxHeaders.SourceService"/>.</summary>
public sealed record BusIdentity(string ServiceName);
