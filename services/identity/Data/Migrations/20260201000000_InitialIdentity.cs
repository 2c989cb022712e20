using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AdFlux.Identity.Data.Migrations;

/// <summary>Tenants, client profiles, users, API keys, refresh tokens and signing keys.</summary>
[DbContext(typeof(IdentityDbContext))]
[Migration("20260201000000_InitialIdentity")]
public sealed class InitialIdentity : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE tenants (
                id uuid NOT NULL,
                name varchar(200) NOT NULL,
                created_at timestamptz NOT NULL,
                CONSTRAINT pk_tenants PRIMARY KEY (id)
            );

            CREATE TABLE client_profiles (
                id uuid NOT NULL,
                tenant_id uuid NOT NULL,
                name varchar(200) NOT NULL,
                description varchar(2000) NULL,
                created_at timestamptz NOT NULL,
                CONSTRAINT pk_client_profiles PRIMARY KEY (id),
                CONSTRAINT fk_client_profiles_tenants_tenant_id FOREIGN KEY (tenant_id) REFERENCES tenants (id) ON DELETE CASCADE
            );
            CREATE UNIQUE INDEX ix_client_profiles_tenant_id_name ON client_profiles (tenant_id, name);

            CREATE TABLE users (
                id uuid NOT NULL,
                tenant_id uuid NOT NULL,
                email varchar(320) NOT NULL,
                normalized_email varchar(320) NOT NULL,
                password_hash text NOT NULL,
                role varchar(20) NOT NULL,
                client_profile_ids uuid[] NOT NULL,
                created_at timestamptz NOT NULL,
                CONSTRAINT pk_users PRIMARY KEY (id),
                CONSTRAINT fk_users_tenants_tenant_id FOREIGN KEY (tenant_id) REFERENCES tenants (id) ON DELETE CASCADE
            );
            CREATE UNIQUE INDEX ix_users_normalized_email ON users (normalized_email);
            CREATE INDEX ix_users_tenant_id ON users (tenant_id);

            CREATE TABLE api_keys (
                id uuid NOT NULL,
                tenant_id uuid NOT NULL,
                name varchar(200) NOT NULL,
                prefix varchar(40) NOT NULL,
                secret_hash bytea NOT NULL,
                role varchar(20) NOT NULL,
                created_by uuid NOT NULL,
                created_at timestamptz NOT NULL,
                expires_at timestamptz NULL,
                revoked_at timestamptz NULL,
                last_used_at timestamptz NULL,
                CONSTRAINT pk_api_keys PRIMARY KEY (id),
                CONSTRAINT fk_api_keys_tenants_tenant_id FOREIGN KEY (tenant_id) REFERENCES tenants (id) ON DELETE CASCADE
            );
            CREATE INDEX ix_api_keys_tenant_id ON api_keys (tenant_id);

            CREATE TABLE refresh_tokens (
                id uuid NOT NULL,
                tenant_id uuid NOT NULL,
                user_id uuid NOT NULL,
                family_id uuid NOT NULL,
                token_hash bytea NOT NULL,
                created_at timestamptz NOT NULL,
                expires_at timestamptz NOT NULL,
                used_at timestamptz NULL,
                revoked_at timestamptz NULL,
                CONSTRAINT pk_refresh_tokens PRIMARY KEY (id),
                CONSTRAINT fk_refresh_tokens_users_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
            );
            CREATE INDEX ix_refresh_tokens_user_id ON refresh_tokens (user_id);
            CREATE UNIQUE INDEX ix_refresh_tokens_token_hash ON refresh_tokens (token_hash);
            CREATE INDEX ix_refresh_tokens_family_id ON refresh_tokens (family_id);

            CREATE TABLE signing_keys (
                id varchar(64) NOT NULL,
                algorithm varchar(16) NOT NULL,
                private_key bytea NOT NULL,
                created_at timestamptz NOT NULL,
                retired_at timestamptz NULL,
                CONSTRAINT pk_signing_keys PRIMARY KEY (id)
            );
            -- At most one key signs at a time, even with several identity replicas starting together.
            CREATE UNIQUE INDEX ix_signing_keys_active ON signing_keys (algorithm) WHERE retired_at IS NULL;
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TABLE signing_keys, refresh_tokens, api_keys, users, client_profiles, tenants;");
    }
}
