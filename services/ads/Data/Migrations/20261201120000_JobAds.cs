using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AdFlux.Ads.Data.Migrations;

/// <summary>Jobs per client profile; the job a campaign advertises, a candidate applied to, a segmentation covered.</summary>
[DbContext(typeof(AdsDbContext))]
[Migration("20261201120000_JobAds")]
public sealed class JobAds : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        CREATE TABLE job_ads (
            id uuid NOT NULL,
            tenant_id uuid NOT NULL,
            client_profile_id uuid NOT NULL,
            title character varying(200) NOT NULL,
            description character varying(5000) NOT NULL,
            location character varying(100) NOT NULL,
            salary_min_minor bigint NOT NULL,
            salary_max_minor bigint NOT NULL,
            currency character varying(3) NOT NULL,
            requirements text[] NOT NULL,
            employment_type character varying(20) NOT NULL,
            created_at timestamp with time zone NOT NULL,
            updated_at timestamp with time zone NOT NULL,
            CONSTRAINT pk_job_ads PRIMARY KEY (id)
        );
        CREATE INDEX ix_job_ads_tenant_id_client_profile_id ON job_ads (tenant_id, client_profile_id);
        ALTER TABLE campaigns ADD COLUMN job_ad_id uuid;
        ALTER TABLE candidates ADD COLUMN job_ad_id uuid;
        ALTER TABLE candidate_segments ADD COLUMN job_ad_id uuid;
        """);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("ALTER TABLE candidate_segments DROP COLUMN job_ad_id; ALTER TABLE candidates DROP COLUMN job_ad_id; ALTER TABLE campaigns DROP COLUMN job_ad_id; DROP TABLE job_ads;");
}
