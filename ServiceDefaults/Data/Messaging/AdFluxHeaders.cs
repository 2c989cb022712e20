namespace AdFlux.ServiceDefaults.Messaging;

/// <summary>Transport headers AdFlux adds to MassTransit's own.</summary>
public static class AdFluxHeaders
{
    /// <summary>The service whose outbox published the message.</summary>
    public const string SourceService = "AdFlux-Source-Service";
}
