using AdFlux.Testing.Auth;

namespace AdFlux.Insights.Tests;

[Collection(InsightsCollection.Name)]
public sealed class AuthMatrixTests(InsightsWorld world)
{
    // Every insights endpoint; analytics, the inbox and exports are reads for any caller of the tenant, limited to a viewer's client profiles.
    public static readonly AuthMatrix Matrix = new AuthMatrix()
        .Get("/api/insights/analytics/comprehensive").ClientScoped()
        .Get("/api/insights/analytics/comprehensive?clientProfileId={clientProfile}")
        .Get("/api/insights/analytics/youtube").ClientScoped()
        .Get("/api/insights/analytics/spotify").ClientScoped()
        .Get("/api/insights/analytics/meta-ads").ClientScoped()
        .Get("/api/insights/comments").ClientScoped()
        .Get("/api/insights/comments/{comment}")
        .Patch("/api/insights/comments/{comment}/labels", _ => new { sentiment = "positive" })
        .Get("/api/insights/reports").ClientScoped()
        .Get("/api/insights/reports?clientProfileId={clientProfile}")
        .Get("/api/insights/reports/{report}")
        .Get("/api/insights/reports/schedules").ClientScoped()
        .Put("/api/insights/reports/schedules/{clientProfile}", _ => new { timeZone = "Europe/Madrid", localTime = "08:30" })
        .Post("/api/insights/reports/schedules/{clientProfile}/run")
        .Get("/api/insights/exports/analytics?format=csv").ClientScoped()
        .Get("/api/insights/exports/analytics?format=csv&clientProfileId={clientProfile}")
        .Get("/api/insights/exports/reports?format=csv").ClientScoped()
        .Get("/api/insights/exports/reports?format=csv&clientProfileId={clientProfile}")
        .Get("/api/insights/alerts").ClientScoped()
        .Get("/api/insights/alerts?clientProfileId={clientProfile}")
        .Post("/api/insights/alerts/{alert}/acknowledge")
        .Get("/api/insights/alerts/rules").ClientScoped()
        .Get("/api/insights/alerts/rules?clientProfileId={clientProfile}")
        .Post("/api/insights/alerts/rules", t => new { clientProfileId = t.Resources["clientProfile"], name = "Views", platform = "youtube", metric = "views", direction = "above", threshold = 10 })
        .Put("/api/insights/alerts/rules/{alertRule}", _ => new { name = "Views", platform = "youtube", metric = "views", direction = "below", threshold = 5 })
        .Delete("/api/insights/alerts/rules/{doomedAlertRule}")
        // Webhooks belong to the tenant as a whole and are for its admins only, reads included (they show targets and failures).
        .Get("/api/insights/webhooks", Access.Admin)
        .Post("/api/insights/webhooks", _ => Webhook)
        .Get("/api/insights/webhooks/event-types", Access.Admin)
        .Get("/api/insights/webhooks/{webhook}", Access.Admin)
        .Put("/api/insights/webhooks/{webhook}", _ => Webhook)
        .Delete("/api/insights/webhooks/{doomedWebhook}")
        .Post("/api/insights/webhooks/{webhook}/secret")
        .Get("/api/insights/webhooks/{webhook}/deliveries", Access.Admin)
        .Post("/api/insights/webhooks/deliveries/{webhookDelivery}/replay")
        // API usage and its budget are the tenant's spending: admins only, reads included.
        .Get("/api/insights/usage", Access.Admin)
        .Get("/api/insights/usage?provider=sandbox", Access.Admin)
        .Get("/api/insights/usage/budget", Access.Admin)
        .Put("/api/insights/usage/budget", _ => new { amount = 500, currency = "USD", hardStop = false });

    // A public documentation address (RFC 5737): accepted with private targets refused, and never answers.
    private static object Webhook => new { url = InsightsWorld.MatrixWebhookUrl, eventTypes = new[] { "AlertRaised" } };

    public static TheoryData<string, string> Cases => Matrix.Cases();

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Every_insights_endpoint_enforces_authentication_roles_tenancy_and_client_scope(string endpoint, string check) =>
        Matrix.VerifyAsync(endpoint, check, world.Matrix);
}
