using AdFlux.Ads.Studio.Workflows;

namespace AdFlux.Ads.Api.Studio;

public sealed record WorkflowResponse(Guid Id, string Name, bool IsDefault, IReadOnlyList<StepResponse> Steps, DateTimeOffset CreatedAt)
{
    public static WorkflowResponse From(ApprovalWorkflow w) =>
        new(w.Id, w.Name, w.IsDefault, w.Steps.OrderBy(s => s.Position).Select(StepResponse.From).ToList(), w.CreatedAt);
}
