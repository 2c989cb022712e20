namespace AdFlux.ServiceDefaults.AI;

/// <summary>Who answered: the provider (the endpoint's host, or <c>sandbox</c>) and the model it reported.</summary>
public sealed record ChatProvider(string Name, string Model, bool IsSandbox)
{
    public const string Sandbox = "sandbox";

    /// <summary>The model id the platform sandbox reports; an answer with it is the sandbox's, whatever the configuration says.</summary>
    public const string SandboxModel = "adflux-sandbox";

    /// <summary>The provider as the answer names it: a reported model id replaces the configured one, and the sandbox's model makes it the sandbox.</summary>
    public ChatProvider AnsweredWith(string? modelId)
    {
        var model = modelId ?? Model;
        var isSandbox = IsSandbox || model == SandboxModel;
        return new ChatProvider(isSandbox ? Sandbox : Name, model, isSandbox);
    }
}
