using AdFlux.Ads.Studio.ExternalLinks;
using AdFlux.Ads.Studio.Requests;
using AdFlux.Ads.Studio.Workflows;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AdFlux.Ads.Api.Studio;

/// <summary>An external link that checked out (its row, request and workflow), or the problem that stopped it.</summary>
public sealed record OpenedLink(ProblemHttpResult? Problem, ExternalApprovalLink? Link = null, ContentRequest? Request = null, ApprovalWorkflow? Workflow = null);
