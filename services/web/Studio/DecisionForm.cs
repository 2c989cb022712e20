using AdFlux.Web.Gateway;

namespace AdFlux.Web.Studio;

/// <summary>What the approval queue's form for one request holds: the chosen decision, the comment, and the problem ads answered.</summary>
public sealed class DecisionForm
{
    public string? Decision { get; set; }

    public string? Comment { get; set; }

    public ApiProblem? Problem { get; set; }
}
