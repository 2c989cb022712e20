using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AdFlux.Ads.Data.Migrations;

/// <summary>Job candidates per client profile and their latest segmentation.</summary>
[DbContext(typeof(AdsDbContext))]
[Migration("20261130100000_Candidates")]
public sealed class Candidates : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        CREATE TABLE candidates (
            id uuid NOT NULL,
            tenant_id uuid NOT NULL,
            client_profile_id uuid NOT NULL,
            source_row integer NOT NULL,
            skills text[] NOT NULL,
            years_of_experience double precision NOT NULL,
            location character varying(100) NOT NULL,
            education_level character varying(20) NOT NULL,
            desired_salary bigint NOT NULL,
            availability character varying(20) NOT NULL,
            email character varying(320),
            phone character varying(32),
            imported_at timestamp with time zone NOT NULL,
            CONSTRAINT pk_candidates PRIMARY KEY (id)
        );
        CREATE INDEX ix_candidates_tenant_id_client_profile_id ON candidates (tenant_id, client_profile_id);
        CREATE TABLE candidate_segments (
            id uuid NOT NULL,
            tenant_id uuid NOT NULL,
            client_profile_id uuid NOT NULL,
            computation_id uuid NOT NULL,
            number integer NOT NULL,
            description character varying(500) NOT NULL,
            member_ids uuid[] NOT NULL,
            k integer NOT NULL,
            silhouette double precision NOT NULL,
            computed_at timestamp with time zone NOT NULL,
            CONSTRAINT pk_candidate_segments PRIMARY KEY (id)
        );
        CREATE INDEX ix_candidate_segments_tenant_id_client_profile_id ON candidate_segments (tenant_id, client_profile_id);
        """);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("DROP TABLE candidate_segments; DROP TABLE candidates;");
}
