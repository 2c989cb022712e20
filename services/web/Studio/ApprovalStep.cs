namespace AdFlux.Web.Studio;

/// <summary>A workflow step; <see cref="Number"/> counts from 1.</summary>
public sealed record ApprovalStep(int Number, string Name, string? ApproverRole, string Rule, double? MinComplianceScore);
