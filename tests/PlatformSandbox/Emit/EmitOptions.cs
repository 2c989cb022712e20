namespace AdFlux.PlatformSandbox.Emit;

/// <summary>Emit mode, under <c>Sandbox:Emit</c>: signed webhooks to AdFlux's gateway at a steady rate.</summary>
public sealed class EmitOptions
{
    public const string Section = "Sandbox:Emit";

    public bool Enabled { get; set; }

    /// <summary>Where to post, e.g. the gateway's <c>http://localhost:5000</c>; <c>/webhooks/youtube-metrics</c> is appended.</summary>
    public string? TargetUrl { get; set; }

    /// <summary>A tenant API key sent as <c>X-Api-Key</c>.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The source's signing secret, if the tenant has one (then deliveries are signed).</summary>
    public string? SigningSecret { get; set; }

    public string? ClientProfileId { get; set; }

    public double PerSecond { get; set; } = 1;

    /// <summary>Channels whose hourly figures are reported, round-robin.</summary>
    public string[] Channels { get; set; } = ["UCsandbox00000000000000001", "UCsandbox00000000000000002"];
}
