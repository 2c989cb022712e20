using AdFlux.Ads.Studio.Assets;
using AdFlux.Ads.Studio.Requests;
using AdFlux.Ads.Studio.Workflows;

namespace AdFlux.Ads.Tests.Unit;

/// <summary>In-memory requests and workflows for the engine's unit tests.</summary>
public static class StudioBuilders
{
    public static readonly Guid Tenant = Guid.NewGuid();

    public static ContentRequest Draft(params double[] assetScores)
    {
        var request = new ContentRequest
        {
            Id = Guid.NewGuid(), TenantId = Tenant, ClientProfileId = Guid.NewGuid(), Title = "Single launch", Status = RequestStatus.Draft,
            Platforms = ["tiktok"], Formats = ["1080x1920"],
        };
        foreach (var score in assetScores)
        {
            request.Assets.Add(new StudioAsset
            {
                Id = Guid.NewGuid(), TenantId = Tenant, ContentRequestId = request.Id, FileName = "a.png", ContentType = "image/png", Content = [],
                Score = score, ColourReason = "colour reason", LogoReason = "logo not found", TypographyReason = "ok", LayoutReason = "ok",
            });
        }
        return request;
    }

    public static ApprovalWorkflow Workflow(params ApprovalStep[] steps)
    {
        var workflow = new ApprovalWorkflow { Id = Guid.NewGuid(), TenantId = Tenant, Name = "Review" };
        for (var i = 0; i < steps.Length; i++)
        {
            steps[i].Position = i;
            steps[i].WorkflowId = workflow.Id;
        }
        workflow.Steps = [.. steps];
        return workflow;
    }

    public static ApprovalStep Step(string rule, params Guid[] approvers) =>
        new() { Id = Guid.NewGuid(), TenantId = Tenant, Name = "Step", Rule = rule, ApproverUserIds = [.. approvers] };

    public static Approver User(Guid id, string role = "viewer") => new(id, role);
}
