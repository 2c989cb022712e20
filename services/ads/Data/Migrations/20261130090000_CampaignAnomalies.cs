using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AdFlux.Ads.Data.Migrations;

/// <summary>The campaign anomalies already announced, one per campaign, day and metric.</summary>
[DbContext(typeof(AdsDbContext))]
[Migration("20261130090000_CampaignAnomalies")]
public sealed class CampaignAnomalies : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        CREATE TABLE campaign_anomalies (
            campaign_id uuid NOT NULL,
            date date NOT NULL,
            metric varchar(32) NOT NULL,
            tenant_id uuid NOT NULL,
            observed double precision NOT NULL,
            expected_low double precision NOT NULL,
            expected_high double precision NOT NULL,
            detected_at timestamp with time zone NOT NULL,
            CONSTRAINT pk_campaign_anomalies PRIMARY KEY (campaign_id, date, metric),
            CONSTRAINT fk_campaign_anomalies_campaigns_campaign_id FOREIGN KEY (campaign_id) REFERENCES campaigns (id) ON DELETE CASCADE
        );
        CREATE INDEX ix_campaign_anomalies_tenant_id ON campaign_anomalies (tenant_id);
        """);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("DROP TABLE campaign_anomalies;");
}
