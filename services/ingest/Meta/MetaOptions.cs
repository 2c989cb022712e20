namespace AdFlux.Ingest.Meta;

/// <summary>AdFlux's Meta app, under <c>Ingest:Meta</c>: the app secret signs deliveries, the verify token answers the subscription handshake.</summary>
public sealed class MetaOptions
{
    public const string Section = "Ingest:Meta";

    public string? AppSecret { get; set; }

    public string? VerifyToken { get; set; }
}
