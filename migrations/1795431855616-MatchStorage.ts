import { MigrationInterface, QueryRunner } from "typeorm";

export class MatchStorage1795431855616 implements MigrationInterface {
    name = 'MatchStorage1795431855616'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "match_feedback" (
                "seeker_id" uuid NOT NULL,
                "position_id" uuid NOT NULL,
                "kind" character varying(16) NOT NULL,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_6771838959b6ce5cc7fc75210e5" PRIMARY KEY ("seeker_id", "position_id", "kind")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_17523eeb37ba5c79ae991766d7" ON "match_feedback" ("position_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "match" (
                "seeker_id" uuid NOT NULL,
                "position_id" uuid NOT NULL,
                "score" real NOT NULL,
                "eligible" boolean NOT NULL,
                "in_seeker_top" boolean NOT NULL DEFAULT false,
                "in_position_top" boolean NOT NULL DEFAULT false,
                "features" jsonb NOT NULL,
                "reasons" jsonb NOT NULL,
                "gaps" jsonb NOT NULL,
                "engine_version" character varying(32) NOT NULL,
                "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_95c7327b5eb05f58c0a7c31aee5" PRIMARY KEY ("seeker_id", "position_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "match_by_position" ON "match" ("position_id", "score")
        `);
        await queryRunner.query(`
            CREATE INDEX "match_by_seeker" ON "match" ("seeker_id", "score")
        `);
        await queryRunner.query(`
            CREATE TABLE "rebuild_run" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "status" character varying(16) NOT NULL DEFAULT 'running',
                "trigger" character varying(16) NOT NULL,
                "total_chunks" integer NOT NULL,
                "done_chunks" integer array NOT NULL DEFAULT '{}',
                "seekers" integer NOT NULL DEFAULT '0',
                "positions" integer NOT NULL DEFAULT '0',
                "pairs_scored" bigint NOT NULL DEFAULT '0',
                "matches_stored" integer NOT NULL DEFAULT '0',
                "engine_version" character varying(32) NOT NULL,
                "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "finished_at" TIMESTAMP WITH TIME ZONE,
                "error" text,
                CONSTRAINT "PK_956fa1300ae8d3f88f1906efa71" PRIMARY KEY ("id")
            )
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP TABLE "rebuild_run"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."match_by_seeker"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."match_by_position"
        `);
        await queryRunner.query(`
            DROP TABLE "match"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_17523eeb37ba5c79ae991766d7"
        `);
        await queryRunner.query(`
            DROP TABLE "match_feedback"
        `);
    }

}
