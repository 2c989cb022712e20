namespace AdFlux.Identity.Tenants;

/// <summary>
/// The platform operator's key (<c>Identity:Operator:ApiKey</c>), sent as <c>X-Operator-Key</c> to
/// create tenants. Unset, nobody can; it is a secret: set it from a secret store, never in a file.
/// </summary>
public sealed class OperatorOptions
{
    public const string Section = "Identity:Operator";

    public const string Header = "X-Operator-Key";

    /// <summary>Shorter keys are refused at start, so a guessable one is never live.</summary>
    public const int MinKeyLength = 24;

    public string? ApiKey { get; set; }
}
