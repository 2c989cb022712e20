namespace AdFlux.Ads.Creatives.Copy;

/// <summary>Who answered: the provider (the endpoint's host, or <c>sandbox</c>) and the model it reported.</summary>
public sealed record CopyProvider(string Name, string Model, bool IsSandbox)
{
    public const string Sandbox = "sandbox";

    /// <summary>The model id the platform sandbox reports; an answer with it is the sandbox's, whatever the configuration says.</summary>
    public const string SandboxModel = "adflux-sandbox";
}
