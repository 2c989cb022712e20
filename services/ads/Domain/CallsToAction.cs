namespace AdFlux.Ads.Domain;

/// <summary>The call-to-action buttons an ad may carry (Meta's <c>call_to_action.type</c> values, lower case).</summary>
public static class CallsToAction
{
    public static readonly IReadOnlyList<string> All =
        ["learn_more", "shop_now", "sign_up", "book_now", "download", "contact_us", "apply_now", "listen_now", "watch_more", "get_offer", "subscribe"];
}
