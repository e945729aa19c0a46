import { MigrationInterface, QueryRunner } from "typeorm";

export class Campaigns1795443997316 implements MigrationInterface {
    name = 'Campaigns1795443997316'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "campaign" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" character varying(200) NOT NULL,
                "starts_on" date NOT NULL,
                "ends_on" date NOT NULL,
                "region_code" character varying(32) NOT NULL,
                "target_groups" character varying array NOT NULL DEFAULT '{}',
                "goals" jsonb NOT NULL DEFAULT '{}',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_0ce34d26e7f2eb316a3a592cdc4" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_7b963d56a89140f5682be3d1cb" ON "campaign" ("region_code")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."IDX_7b963d56a89140f5682be3d1cb"
        `);
        await queryRunner.query(`
            DROP TABLE "campaign"
        `);
    }

}
