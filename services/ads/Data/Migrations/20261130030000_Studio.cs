using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AdFlux.Ads.Data.Migrations;

/// <summary>The creative studio: brand profiles, content requests with their history and scored assets, approval workflows, decisions, delegations and external links.</summary>
[DbContext(typeof(AdsDbContext))]
[Migration("20261130030000_Studio")]
public sealed class Studio : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        CREATE TABLE brand_profiles (
            id uuid NOT NULL,
            tenant_id uuid NOT NULL,
            client_profile_id uuid NOT NULL,
            name character varying(200) NOT NULL,
            palette text[] NOT NULL,
            palette_tolerance double precision NOT NULL,
            logo bytea,
            logo_content_type character varying(40),
            min_logo_width_ratio double precision NOT NULL,
            min_text_height_ratio double precision NOT NULL,
            min_contrast double precision NOT NULL,
            safe_zone_platforms text[] NOT NULL,
            tone_of_voice character varying(2000),
            banned_words text[] NOT NULL,
            created_at timestamp with time zone NOT NULL,
            updated_at timestamp with time zone NOT NULL,
            CONSTRAINT pk_brand_profiles PRIMARY KEY (id)
        );
        CREATE TABLE approval_workflows (
            id uuid NOT NULL,
            tenant_id uuid NOT NULL,
            name character varying(200) NOT NULL,
            is_default boolean NOT NULL,
            created_at timestamp with time zone NOT NULL,
            CONSTRAINT pk_approval_workflows PRIMARY KEY (id)
        );
        CREATE TABLE approval_steps (
            id uuid NOT NULL,
            tenant_id uuid NOT NULL,
            workflow_id uuid NOT NULL,
            position integer NOT NULL,
            name character varying(200) NOT NULL,
            approver_user_ids uuid[] NOT NULL,
            approver_role character varying(20),
            rule character varying(10) NOT NULL,
            min_compliance_score double precision,
            auto_approve_at_score double precision,
            escalate_after interval,
            escalate_to uuid,
            CONSTRAINT pk_approval_steps PRIMARY KEY (id),
            CONSTRAINT fk_approval_steps_approval_workflows_workflow_id FOREIGN KEY (workflow_id) REFERENCES approval_workflows (id) ON DELETE CASCADE
        );
        CREATE TABLE content_requests (
            id uuid NOT NULL,
            tenant_id uuid NOT NULL,
            client_profile_id uuid NOT NULL,
            campaign_id uuid,
            title character varying(200) NOT NULL,
            brief character varying(4000),
            platforms text[] NOT NULL,
            formats text[] NOT NULL,
            copy_needs text[] NOT NULL,
            due_at timestamp with time zone,
            status character varying(20) NOT NULL,
            created_by uuid NOT NULL,
            workflow_id uuid,
            current_step integer,
            step_entered_at timestamp with time zone,
            escalated boolean NOT NULL,
            round integer NOT NULL,
            revision integer NOT NULL,
            created_at timestamp with time zone NOT NULL,
            updated_at timestamp with time zone NOT NULL,
            CONSTRAINT pk_content_requests PRIMARY KEY (id)
        );
        CREATE TABLE content_request_transitions (
            id uuid NOT NULL,
            tenant_id uuid NOT NULL,
            content_request_id uuid NOT NULL,
            sequence integer NOT NULL,
            from_status character varying(20) NOT NULL,
            to_status character varying(20) NOT NULL,
            actor_user_id uuid,
            via character varying(20) NOT NULL,
            reason character varying(2000),
            at timestamp with time zone NOT NULL,
            CONSTRAINT pk_content_request_transitions PRIMARY KEY (id),
            CONSTRAINT fk_content_request_transitions_content_requests_content_request_id FOREIGN KEY (content_request_id) REFERENCES content_requests (id) ON DELETE CASCADE
        );
        CREATE TABLE studio_assets (
            id uuid NOT NULL,
            tenant_id uuid NOT NULL,
            client_profile_id uuid NOT NULL,
            content_request_id uuid NOT NULL,
            file_name character varying(255) NOT NULL,
            content_type character varying(40) NOT NULL,
            width integer NOT NULL,
            height integer NOT NULL,
            content bytea NOT NULL,
            platform character varying(40),
            score double precision NOT NULL,
            colour_score double precision NOT NULL,
            colour_reason character varying(2000) NOT NULL,
            logo_score double precision NOT NULL,
            logo_reason character varying(2000) NOT NULL,
            typography_score double precision NOT NULL,
            typography_reason character varying(2000) NOT NULL,
            layout_score double precision NOT NULL,
            layout_reason character varying(2000) NOT NULL,
            uploaded_by uuid NOT NULL,
            created_at timestamp with time zone NOT NULL,
            CONSTRAINT pk_studio_assets PRIMARY KEY (id),
            CONSTRAINT fk_studio_assets_content_requests_content_request_id FOREIGN KEY (content_request_id) REFERENCES content_requests (id) ON DELETE CASCADE
        );
        CREATE TABLE approval_decisions (
            id uuid NOT NULL,
            tenant_id uuid NOT NULL,
            content_request_id uuid NOT NULL,
            round integer NOT NULL,
            step integer NOT NULL,
            decider_user_id uuid,
            on_behalf_of uuid,
            via character varying(20) NOT NULL,
            kind character varying(20) NOT NULL,
            comment character varying(2000),
            at timestamp with time zone NOT NULL,
            CONSTRAINT pk_approval_decisions PRIMARY KEY (id),
            CONSTRAINT fk_approval_decisions_content_requests_content_request_id FOREIGN KEY (content_request_id) REFERENCES content_requests (id) ON DELETE CASCADE
        );
        CREATE TABLE approval_delegations (
            id uuid NOT NULL,
            tenant_id uuid NOT NULL,
            content_request_id uuid NOT NULL,
            round integer NOT NULL,
            step integer NOT NULL,
            from_user_id uuid NOT NULL,
            to_user_id uuid NOT NULL,
            reason character varying(2000),
            at timestamp with time zone NOT NULL,
            CONSTRAINT pk_approval_delegations PRIMARY KEY (id),
            CONSTRAINT fk_approval_delegations_content_requests_content_request_id FOREIGN KEY (content_request_id) REFERENCES content_requests (id) ON DELETE CASCADE
        );
        CREATE TABLE external_approval_links (
            id uuid NOT NULL,
            tenant_id uuid NOT NULL,
            content_request_id uuid NOT NULL,
            round integer NOT NULL,
            step integer NOT NULL,
            approver_name character varying(200) NOT NULL,
            on_behalf_of uuid,
            created_by uuid NOT NULL,
            created_at timestamp with time zone NOT NULL,
            expires_at timestamp with time zone NOT NULL,
            consumed_at timestamp with time zone,
            CONSTRAINT pk_external_approval_links PRIMARY KEY (id),
            CONSTRAINT fk_external_approval_links_content_requests_content_request_id FOREIGN KEY (content_request_id) REFERENCES content_requests (id) ON DELETE CASCADE
        );
        CREATE UNIQUE INDEX ix_brand_profiles_tenant_id_client_profile_id ON brand_profiles (tenant_id, client_profile_id);
        CREATE INDEX ix_approval_workflows_tenant_id_created_at ON approval_workflows (tenant_id, created_at);
        CREATE UNIQUE INDEX ix_approval_steps_workflow_id_position ON approval_steps (workflow_id, position);
        CREATE INDEX ix_content_requests_tenant_id_client_profile_id_created_at ON content_requests (tenant_id, client_profile_id, created_at);
        CREATE INDEX ix_content_requests_tenant_id_campaign_id ON content_requests (tenant_id, campaign_id);
        CREATE UNIQUE INDEX ix_content_request_transitions_content_request_id_sequence ON content_request_transitions (content_request_id, sequence);
        CREATE INDEX ix_studio_assets_content_request_id ON studio_assets (content_request_id);
        CREATE UNIQUE INDEX ix_approval_decisions_vote ON approval_decisions (content_request_id, round, step, on_behalf_of);
        CREATE UNIQUE INDEX ix_approval_delegations_delegator ON approval_delegations (content_request_id, round, step, from_user_id);
        CREATE INDEX ix_external_approval_links_content_request_id ON external_approval_links (content_request_id);
        """);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        DROP TABLE external_approval_links;
        DROP TABLE approval_delegations;
        DROP TABLE approval_decisions;
        DROP TABLE studio_assets;
        DROP TABLE content_request_transitions;
        DROP TABLE content_requests;
        DROP TABLE approval_steps;
        DROP TABLE approval_workflows;
        DROP TABLE brand_profiles;
        """);
}
