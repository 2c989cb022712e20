namespace AdFlux.Web.Sessions;

/// <summary>Settings under <c>Web:Session</c>.</summary>
public sealed class WebSessionOptions
{
    public const string Section = "Web:Session";

    /// <summary>How long before the access token expires the next API call refreshes it.</summary>
    public TimeSpan RefreshBefore { get; set; } = TimeSpan.FromMinutes(1);
}
