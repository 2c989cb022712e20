using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AdFlux.Video.Data.Migrations;

/// <summary>Source videos, chunked upload sessions, jobs, analyses and clips.</summary>
[DbContext(typeof(VideoDbContext))]
[Migration("20260301000000_Videos")]
public sealed class Videos : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        CREATE TABLE video_assets (
            id uuid NOT NULL,
            tenant_id uuid NOT NULL,
            client_profile_id uuid NULL,
            file_name character varying(255) NOT NULL,
            content_type character varying(100) NOT NULL,
            size_bytes bigint NOT NULL,
            sha256 character varying(64) NOT NULL,
            storage_key character varying(300) NOT NULL,
            container character varying(100) NOT NULL,
            video_codec character varying(50) NOT NULL,
            audio_codec character varying(50) NULL,
            duration_seconds double precision NOT NULL,
            width integer NOT NULL,
            height integer NOT NULL,
            frames_per_second double precision NOT NULL,
            created_at timestamp with time zone NOT NULL,
            CONSTRAINT pk_video_assets PRIMARY KEY (id)
        );
        CREATE UNIQUE INDEX ix_video_assets_tenant_id_sha256 ON video_assets (tenant_id, sha256);

        CREATE TABLE upload_sessions (
            id uuid NOT NULL,
            tenant_id uuid NOT NULL,
            client_profile_id uuid NULL,
            file_name character varying(255) NOT NULL,
            content_type character varying(100) NOT NULL,
            total_bytes bigint NOT NULL,
            received_bytes bigint NOT NULL,
            created_at timestamp with time zone NOT NULL,
            updated_at timestamp with time zone NOT NULL,
            CONSTRAINT pk_upload_sessions PRIMARY KEY (id)
        );
        CREATE INDEX ix_upload_sessions_tenant_id ON upload_sessions (tenant_id);

        CREATE TABLE video_jobs (
            id uuid NOT NULL,
            tenant_id uuid NOT NULL,
            video_id uuid NOT NULL,
            subject_id uuid NOT NULL,
            kind character varying(40) NOT NULL,
            state character varying(20) NOT NULL,
            stage character varying(100) NULL,
            progress double precision NOT NULL,
            attempts integer NOT NULL,
            max_attempts integer NOT NULL,
            last_error text NULL,
            cancel_requested boolean NOT NULL,
            created_at timestamp with time zone NOT NULL,
            started_at timestamp with time zone NULL,
            finished_at timestamp with time zone NULL,
            next_attempt_at timestamp with time zone NOT NULL,
            lease_owner character varying(100) NULL,
            lease_expires_at timestamp with time zone NULL,
            CONSTRAINT pk_video_jobs PRIMARY KEY (id)
        );
        CREATE UNIQUE INDEX ix_video_jobs_subject_id_kind ON video_jobs (subject_id, kind);
        CREATE INDEX ix_video_jobs_tenant_id_created_at ON video_jobs (tenant_id, created_at);
        CREATE INDEX ix_video_jobs_state_next_attempt_at ON video_jobs (state, next_attempt_at);

        CREATE TABLE video_analyses (
            id uuid NOT NULL,
            tenant_id uuid NOT NULL,
            video_id uuid NOT NULL,
            job_id uuid NOT NULL,
            tempo_bpm double precision NULL,
            document jsonb NOT NULL,
            created_at timestamp with time zone NOT NULL,
            CONSTRAINT pk_video_analyses PRIMARY KEY (id)
        );
        CREATE UNIQUE INDEX ix_video_analyses_video_id ON video_analyses (video_id);

        CREATE TABLE clips (
            id uuid NOT NULL,
            tenant_id uuid NOT NULL,
            video_id uuid NOT NULL,
            job_id uuid NOT NULL,
            target_seconds integer NOT NULL,
            rank integer NOT NULL,
            start_seconds double precision NOT NULL,
            end_seconds double precision NOT NULL,
            visual_score double precision NOT NULL,
            reason character varying(1000) NOT NULL,
            thumbnail_key character varying(300) NULL,
            created_at timestamp with time zone NOT NULL,
            CONSTRAINT pk_clips PRIMARY KEY (id)
        );
        CREATE UNIQUE INDEX ix_clips_video_id_target_seconds_rank ON clips (video_id, target_seconds, rank);
        CREATE INDEX ix_clips_tenant_id_created_at ON clips (tenant_id, created_at);
        """);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        DROP TABLE clips;
        DROP TABLE video_analyses;
        DROP TABLE video_jobs;
        DROP TABLE upload_sessions;
        DROP TABLE video_assets;
        """);
}
