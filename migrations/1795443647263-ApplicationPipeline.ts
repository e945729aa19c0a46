import { MigrationInterface, QueryRunner } from "typeorm";

export class ApplicationPipeline1795443647263 implements MigrationInterface {
    name = 'ApplicationPipeline1795443647263'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "application_step" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "application_id" uuid NOT NULL,
                "status" character varying(16) NOT NULL,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "by_user_id" uuid NOT NULL,
                "note" character varying(500),
                CONSTRAINT "PK_df0c655b2a2436314d5a21ecaf8" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_df3b0d1681c91b1c5884821ab8" ON "application_step" ("status", "at")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_4313e7f5c125543e901066ac71" ON "application_step" ("application_id", "at")
        `);
        // Applications made before the pipeline keep their history as steps (written by hand).
        await queryRunner.query(`
            INSERT INTO "application_step" ("application_id", "status", "at", "by_user_id")
            SELECT "id", 'submitted', "created_at", "submitted_by_user_id" FROM "application"
            UNION ALL
            SELECT "id", 'withdrawn', "withdrawn_at", "submitted_by_user_id" FROM "application" WHERE "withdrawn_at" IS NOT NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "application" DROP COLUMN "withdrawn_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "application"
            ADD "event_id" uuid
        `);
        await queryRunner.query(`
            ALTER TABLE "application"
            ADD "start_date" date
        `);
        await queryRunner.query(`
            ALTER TABLE "application"
            ADD "contract_type" character varying(32)
        `);
        await queryRunner.query(`
            ALTER TABLE "application"
            ADD "placement_verified_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "application"
            ADD "placement_verified_by" character varying(100)
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_06ff70d67f36b48b66686d0fb4" ON "application" ("status")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_dfaa2b28d25fb0223bfd1313f0" ON "application" ("event_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "application"
            ADD CONSTRAINT "FK_dfaa2b28d25fb0223bfd1313f0a" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "application_step"
            ADD CONSTRAINT "FK_3df9a0e39e8158b36fe1004864c" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "application_step" DROP CONSTRAINT "FK_3df9a0e39e8158b36fe1004864c"
        `);
        await queryRunner.query(`
            ALTER TABLE "application" DROP CONSTRAINT "FK_dfaa2b28d25fb0223bfd1313f0a"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_dfaa2b28d25fb0223bfd1313f0"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_06ff70d67f36b48b66686d0fb4"
        `);
        await queryRunner.query(`
            ALTER TABLE "application" DROP COLUMN "placement_verified_by"
        `);
        await queryRunner.query(`
            ALTER TABLE "application" DROP COLUMN "placement_verified_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "application" DROP COLUMN "contract_type"
        `);
        await queryRunner.query(`
            ALTER TABLE "application" DROP COLUMN "start_date"
        `);
        await queryRunner.query(`
            ALTER TABLE "application" DROP COLUMN "event_id"
        `);
        await queryRunner.query(`
            ALTER TABLE "application"
            ADD "withdrawn_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_4313e7f5c125543e901066ac71"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_df3b0d1681c91b1c5884821ab8"
        `);
        await queryRunner.query(`
            DROP TABLE "application_step"
        `);
    }

}
