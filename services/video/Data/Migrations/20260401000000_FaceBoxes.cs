using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AdFlux.Video.Data.Migrations;

/// <summary>Faces ml-detection found in sampled frames, for face-tracked reframing.</summary>
[DbContext(typeof(VideoDbContext))]
[Migration("20260401000000_FaceBoxes")]
public sealed class FaceBoxes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        CREATE TABLE face_boxes (
            id uuid NOT NULL,
            tenant_id uuid NOT NULL,
            video_id uuid NOT NULL,
            frame_id uuid NOT NULL,
            at_seconds double precision NOT NULL,
            x double precision NOT NULL,
            y double precision NOT NULL,
            width double precision NOT NULL,
            height double precision NOT NULL,
            confidence double precision NOT NULL,
            model character varying(100) NOT NULL,
            created_at timestamp with time zone NOT NULL,
            CONSTRAINT pk_face_boxes PRIMARY KEY (id)
        );
        CREATE INDEX ix_face_boxes_video_id_at_seconds ON face_boxes (video_id, at_seconds);
        CREATE INDEX ix_face_boxes_frame_id_model ON face_boxes (frame_id, model);
        """);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("DROP TABLE face_boxes;");
}
