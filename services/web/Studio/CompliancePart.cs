namespace AdFlux.Web.Studio;

/// <summary>One part of an asset's compliance score (colour, logo, typography, layout), its weight and the scorer's reason.</summary>
public sealed record CompliancePart(string Name, double Weight, double Score, string Reason);
