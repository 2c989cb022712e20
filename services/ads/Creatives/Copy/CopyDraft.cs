namespace AdFlux.Ads.Creatives.Copy;

/// <summary>One answer of the model, as its JSON object named the fields.</summary>
public sealed record CopyDraft(string Headline, string PrimaryText, string CallToAction);
