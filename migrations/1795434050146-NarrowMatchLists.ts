import { MigrationInterface, QueryRunner } from "typeorm";

export class NarrowMatchLists1795434050146 implements MigrationInterface {
    name = 'NarrowMatchLists1795434050146'

    public async up(queryRunner: QueryRunner): Promise<void> {
        // The wide match table (scores with stored explanations) gives way to two narrow
        // ranked lists; explanations are now computed when a page is read.
        await queryRunner.query(`DROP TABLE "match"`);
        await queryRunner.query(`
            CREATE TABLE "position_candidate" (
                "position_id" uuid NOT NULL,
                "seeker_id" uuid NOT NULL,
                "score" real NOT NULL,
                "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_70eb4482388b7ff9757360b7189" PRIMARY KEY ("position_id", "seeker_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_f89dee02adfc31d21a29878b55" ON "position_candidate" ("seeker_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "seeker_recommendation" (
                "seeker_id" uuid NOT NULL,
                "position_id" uuid NOT NULL,
                "score" real NOT NULL,
                "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_e391428398e668d7b7ca5305706" PRIMARY KEY ("seeker_id", "position_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_2908fcae3b97228ed141dc9060" ON "seeker_recommendation" ("position_id")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."IDX_2908fcae3b97228ed141dc9060"
        `);
        await queryRunner.query(`
            DROP TABLE "seeker_recommendation"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_f89dee02adfc31d21a29878b55"
        `);
        await queryRunner.query(`
            DROP TABLE "position_candidate"
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
    }

}
