using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AdFlux.MlDetection.Data.Migrations;

/// <summary>ml_detections (seed 000): one row per finding, boxes in source pixels.</summary>
[DbContext(typeof(MlDetectionDbContext))]
[Migration("20260301000000_MlDetections")]
public sealed class MlDetections : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        CREATE TABLE ml_detections (
            id uuid CONSTRAINT pk_ml_detections PRIMARY KEY,
            tenant_id uuid NOT NULL,
            image_id uuid NOT NULL,
            detection_type character varying(20) NOT NULL,
            label character varying(200) NOT NULL,
            confidence double precision NOT NULL,
            box_x real NOT NULL,
            box_y real NOT NULL,
            box_width real NOT NULL,
            box_height real NOT NULL,
            text text NULL,
            anomaly_flag boolean NOT NULL,
            processing_time_ms double precision NOT NULL,
            model character varying(200) NOT NULL,
            model_version character varying(300) NOT NULL,
            created_at timestamp with time zone NOT NULL
        );
        CREATE INDEX ix_ml_detections_tenant_id_image_id ON ml_detections (tenant_id, image_id);
        CREATE INDEX ix_ml_detections_tenant_id_created_at ON ml_detections (tenant_id, created_at);
        """);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("DROP TABLE ml_detections;");
}
