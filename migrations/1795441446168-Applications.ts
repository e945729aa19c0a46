import { MigrationInterface, QueryRunner } from "typeorm";

export class Applications1795441446168 implements MigrationInterface {
    name = 'Applications1795441446168'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "application" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "seeker_id" uuid NOT NULL,
                "position_id" uuid NOT NULL,
                "enterprise_id" uuid NOT NULL,
                "status" character varying(16) NOT NULL DEFAULT 'submitted',
                "source" character varying(16) NOT NULL,
                "submitted_by_user_id" uuid NOT NULL,
                "withdrawn_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "application_seeker_position" UNIQUE ("seeker_id", "position_id"),
                CONSTRAINT "PK_569e0c3e863ebdf5f2408ee1670" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_be320cce7557e9cd2aa329f214" ON "application" ("position_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_be8f6d35ee784253e47b679b9c" ON "application" ("enterprise_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "application"
            ADD CONSTRAINT "FK_843d76e073379a8a796661d0fae" FOREIGN KEY ("seeker_id") REFERENCES "seeker"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "application"
            ADD CONSTRAINT "FK_be320cce7557e9cd2aa329f214a" FOREIGN KEY ("position_id") REFERENCES "position"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "application"
            ADD CONSTRAINT "FK_be8f6d35ee784253e47b679b9ce" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "application" DROP CONSTRAINT "FK_be8f6d35ee784253e47b679b9ce"
        `);
        await queryRunner.query(`
            ALTER TABLE "application" DROP CONSTRAINT "FK_be320cce7557e9cd2aa329f214a"
        `);
        await queryRunner.query(`
            ALTER TABLE "application" DROP CONSTRAINT "FK_843d76e073379a8a796661d0fae"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_be8f6d35ee784253e47b679b9c"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_be320cce7557e9cd2aa329f214"
        `);
        await queryRunner.query(`
            DROP TABLE "application"
        `);
    }

}
