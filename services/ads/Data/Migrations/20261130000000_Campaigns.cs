using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AdFlux.Ads.Data.Migrations;

/// <summary>Client profiles' ad accounts, campaigns with their publication state, ad sets and ads.</summary>
[DbContext(typeof(AdsDbContext))]
[Migration("20261130000000_Campaigns")]
public sealed class Campaigns : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        CREATE TABLE ad_accounts (
            id uuid NOT NULL,
            tenant_id uuid NOT NULL,
            client_profile_id uuid NOT NULL,
            platform character varying(20) NOT NULL,
            account_id character varying(100) NOT NULL,
            page_id character varying(100),
            login_customer_id character varying(100),
            protected_credentials bytea NOT NULL,
            created_at timestamp with time zone NOT NULL,
            updated_at timestamp with time zone NOT NULL,
            CONSTRAINT pk_ad_accounts PRIMARY KEY (id)
        );
        CREATE TABLE campaigns (
            id uuid NOT NULL,
            tenant_id uuid NOT NULL,
            client_profile_id uuid NOT NULL,
            name character varying(200) NOT NULL,
            objective character varying(40) NOT NULL,
            platform character varying(20) NOT NULL,
            budget_kind character varying(20) NOT NULL,
            budget_minor bigint NOT NULL,
            currency character varying(3) NOT NULL,
            starts_at timestamp with time zone NOT NULL,
            ends_at timestamp with time zone,
            status character varying(20) NOT NULL,
            created_at timestamp with time zone NOT NULL,
            updated_at timestamp with time zone NOT NULL,
            external_budget_id character varying(200),
            external_campaign_id character varying(200),
            publish_attempts integer NOT NULL,
            next_attempt_at timestamp with time zone,
            lease_owner character varying(100),
            lease_expires_at timestamp with time zone,
            failed_step character varying(20),
            platform_error_code character varying(200),
            last_error character varying(4000),
            compensated boolean,
            CONSTRAINT pk_campaigns PRIMARY KEY (id)
        );
        CREATE TABLE ad_sets (
            id uuid NOT NULL,
            tenant_id uuid NOT NULL,
            client_profile_id uuid NOT NULL,
            campaign_id uuid NOT NULL,
            name character varying(200) NOT NULL,
            locations text[] NOT NULL,
            age_min integer NOT NULL,
            age_max integer NOT NULL,
            interests text[] NOT NULL,
            external_id character varying(200),
            created_at timestamp with time zone NOT NULL,
            CONSTRAINT pk_ad_sets PRIMARY KEY (id),
            CONSTRAINT fk_ad_sets_campaigns_campaign_id FOREIGN KEY (campaign_id) REFERENCES campaigns (id) ON DELETE CASCADE
        );
        CREATE TABLE ads (
            id uuid NOT NULL,
            tenant_id uuid NOT NULL,
            client_profile_id uuid NOT NULL,
            campaign_id uuid NOT NULL,
            ad_set_id uuid NOT NULL,
            name character varying(200) NOT NULL,
            headline character varying(255) NOT NULL,
            primary_text character varying(2000) NOT NULL,
            call_to_action character varying(40) NOT NULL,
            link_url character varying(2000) NOT NULL,
            creative_kind character varying(20) NOT NULL,
            creative_asset_id character varying(200) NOT NULL,
            external_creative_id character varying(200),
            external_ad_id character varying(200),
            created_at timestamp with time zone NOT NULL,
            CONSTRAINT pk_ads PRIMARY KEY (id),
            CONSTRAINT fk_ads_ad_sets_ad_set_id FOREIGN KEY (ad_set_id) REFERENCES ad_sets (id) ON DELETE CASCADE
        );
        CREATE UNIQUE INDEX ix_ad_accounts_tenant_id_client_profile_id_platform ON ad_accounts (tenant_id, client_profile_id, platform);
        CREATE INDEX ix_ad_sets_campaign_id ON ad_sets (campaign_id);
        CREATE INDEX ix_ad_sets_tenant_id_campaign_id ON ad_sets (tenant_id, campaign_id);
        CREATE INDEX ix_ads_ad_set_id ON ads (ad_set_id);
        CREATE INDEX ix_ads_tenant_id_campaign_id ON ads (tenant_id, campaign_id);
        CREATE INDEX ix_campaigns_status_next_attempt_at ON campaigns (status, next_attempt_at);
        CREATE INDEX ix_campaigns_tenant_id_client_profile_id_created_at ON campaigns (tenant_id, client_profile_id, created_at);
        """);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        DROP TABLE ads;
        DROP TABLE ad_sets;
        DROP TABLE campaigns;
        DROP TABLE ad_accounts;
        """);
}
