namespace AdFlux.Ads.Studio.Escalation;

/// <summary>The escalation worker under <c>Ads:Escalation</c>: how often it looks for overdue steps and how long a claim holds.</summary>
public sealed class EscalationOptions
{
    public const string Section = "Ads:Escalation";

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);
}
