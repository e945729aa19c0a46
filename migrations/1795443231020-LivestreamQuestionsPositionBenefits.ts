import { MigrationInterface, QueryRunner } from "typeorm";

export class LivestreamQuestionsPositionBenefits1795443231020 implements MigrationInterface {
    name = 'LivestreamQuestionsPositionBenefits1795443231020'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "event_question" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "event_id" uuid NOT NULL,
                "text" character varying(300) NOT NULL,
                "intent" character varying(16) NOT NULL,
                "confidence" real NOT NULL,
                "status" character varying(16) NOT NULL,
                "answer" text,
                "asked_by_user_id" uuid,
                "answered_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_2a27496f199e251b8071b8e2b98" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_7b5559368c3265fc7351f190c4" ON "event_question" ("event_id", "status", "created_at")
        `);
        await queryRunner.query(`
            ALTER TABLE "position"
            ADD "benefits" character varying array NOT NULL DEFAULT '{}'
        `);
        await queryRunner.query(`
            ALTER TABLE "event_question"
            ADD CONSTRAINT "FK_67444b4a0b0376e1250c529ddf4" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "event_question" DROP CONSTRAINT "FK_67444b4a0b0376e1250c529ddf4"
        `);
        await queryRunner.query(`
            ALTER TABLE "position" DROP COLUMN "benefits"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_7b5559368c3265fc7351f190c4"
        `);
        await queryRunner.query(`
            DROP TABLE "event_question"
        `);
    }

}
