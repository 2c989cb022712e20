using AdFlux.Testing.Auth;

namespace AdFlux.Ingest.Tests;

[Collection(IngestCollection.Name)]
public sealed class AuthMatrixTests(IngestWorld world)
{
    // Every authenticated ingest endpoint; the Meta webhook is public by design (signed by the app secret, see MetaWebhookTests).
    public static readonly AuthMatrix Matrix = new AuthMatrix()
        .Get("/api/ingest/sources", Access.Admin)
        .Get("/api/ingest/deliveries", Access.Admin)
        .Get("/api/ingest/deliveries/{delivery}", Access.Admin)
        .Get("/api/ingest/webhook-secrets", Access.Admin)
        .Post("/api/ingest/webhook-secrets/landing-page-metrics/rotate", _ => new { overlapMinutes = 0 })
        .Delete("/api/ingest/webhook-secrets/{secret}")
        .Get("/api/ingest/meta-accounts", Access.Admin)
        .Post("/api/ingest/meta-accounts", t => new { accountId = Payloads.NewAccountId(), kind = "instagram", clientProfileId = t.Resources["clientProfile"] })
        .Delete("/api/ingest/meta-accounts/{metaAccount}")
        .Get("/api/ingest/sheets-sources", Access.Admin)
        .Post("/api/ingest/sheets-sources", t => new { clientProfileId = t.Resources["clientProfile"], spreadsheetId = $"matrix-{Guid.NewGuid():N}", serviceAccountJson = Payloads.ServiceAccountJson() })
        .Post("/api/ingest/sheets-sources/{sheetsSource}/pull")
        .Put("/api/ingest/sheets-sources/{sheetsSource}/credential", _ => new { serviceAccountJson = Payloads.ServiceAccountJson() })
        .Get("/api/ingest/platform-sources", Access.Admin)
        .Post("/api/ingest/platform-sources", t => Payloads.SpotifySource(Guid.Parse(t.Resources["clientProfile"]), $"matrix-{Guid.NewGuid():N}"))
        .Put("/api/ingest/platform-sources/{platformSource}/credential", _ => new { clientId = "adflux-oauth-client", clientSecret = "oauth-secret", refreshToken = "1//matrix" })
        .Delete("/api/ingest/platform-sources/{disposablePlatformSource}")
        .Get("/api/ingest/schedules", Access.Admin)
        .Get("/api/ingest/schedules/{schedule}", Access.Admin)
        .Post("/api/ingest/schedules", t => new { source = "spotify", sourceId = t.Resources["unscheduledSource"], cron = "0 * * * *", timeZone = "America/New_York" })
        .Put("/api/ingest/schedules/{schedule}", _ => new { cron = "15 6 * * *", timeZone = "Europe/Madrid", enabled = true })
        .Delete("/api/ingest/schedules/{disposableSchedule}")
        .Post("/api/ingest/schedules/{schedule}/pull-now")
        .Post("/webhooks/youtube-metrics", _ => Payloads.YouTube($"UC-matrix-{Guid.NewGuid():N}"), Access.Machine)
        .Post("/webhooks/spotify-metrics", _ => new { artist_id = $"matrix-{Guid.NewGuid():N}", period_start = "2026-11-01T00:00:00Z", period_end = "2026-11-02T00:00:00Z", metrics = new { followers = 1 } }, Access.Machine)
        .Post("/webhooks/n8n/matrix", _ => new { platform = "youtube", entity_type = "channel", entity_id = $"matrix-{Guid.NewGuid():N}", period_start = "2026-11-01T00:00:00Z", period_end = "2026-11-02T00:00:00Z", metrics = new { views = 1 } }, Access.Machine);

    public static TheoryData<string, string> Cases => Matrix.Cases();

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Every_ingest_endpoint_enforces_authentication_roles_and_tenancy(string endpoint, string check) =>
        Matrix.VerifyAsync(endpoint, check, world.Matrix);
}
