using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AdFlux.Ledger.Data.Migrations;

/// <summary>Messages that failed all retries in any service, as reported by MassTransit faults.</summary>
[DbContext(typeof(LedgerDbContext))]
[Migration("20260101000200_DeadLetters")]
public sealed class DeadLetters : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        CREATE TABLE dead_letters (
            id uuid NOT NULL CONSTRAINT pk_dead_letters PRIMARY KEY,
            tenant_id uuid NOT NULL,
            message_id uuid NOT NULL,
            message_type character varying(300) NOT NULL,
            queue character varying(300) NOT NULL,
            error text NOT NULL,
            payload text NOT NULL,
            first_seen_at timestamp with time zone NOT NULL,
            last_seen_at timestamp with time zone NOT NULL,
            failures integer NOT NULL,
            replayed_at timestamp with time zone NULL,
            replays integer NOT NULL
        );
        CREATE UNIQUE INDEX ix_dead_letters_message_id_queue ON dead_letters (message_id, queue);
        CREATE INDEX ix_dead_letters_tenant_id_first_seen_at ON dead_letters (tenant_id, first_seen_at);
        """);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("DROP TABLE dead_letters;");
}
