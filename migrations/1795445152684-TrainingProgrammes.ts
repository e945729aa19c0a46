import { MigrationInterface, QueryRunner } from "typeorm";

export class TrainingProgrammes1795445152684 implements MigrationInterface {
    name = 'TrainingProgrammes1795445152684'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "training_program" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "title" character varying(200) NOT NULL,
                "certificate_type_id" uuid NOT NULL,
                "level" smallint,
                "provider" character varying(200) NOT NULL,
                "region_code" character varying(32) NOT NULL,
                "venue" character varying(200) NOT NULL,
                "capacity" integer NOT NULL,
                "cost_cny" integer NOT NULL DEFAULT '0',
                "target_groups" character varying array NOT NULL DEFAULT '{}',
                "status" character varying(16) NOT NULL DEFAULT 'enrolling',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_f831b94f2ebb51dd06477b86947" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_f7f4b01732c2b90022d2b8dac7" ON "training_program" ("certificate_type_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_55b039af852ff400165238bf46" ON "training_program" ("region_code")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_5c234dad302dab3945866d251b" ON "training_program" ("status")
        `);
        await queryRunner.query(`
            CREATE TABLE "training_session" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "program_id" uuid NOT NULL,
                "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "training_session_start" UNIQUE ("program_id", "starts_at"),
                CONSTRAINT "PK_a17a9657ff5a6e048bfd82c4651" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "training_enrolment" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "program_id" uuid NOT NULL,
                "seeker_id" uuid NOT NULL,
                "status" character varying(16) NOT NULL DEFAULT 'enrolled',
                "result" character varying(8),
                "assessed_at" TIMESTAMP WITH TIME ZONE,
                "certificate_id" uuid,
                "enrolled_by_user_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "training_enrolment_once" UNIQUE ("program_id", "seeker_id"),
                CONSTRAINT "PK_9ebc68e22f4412f9275200cf6f9" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_da6fd0c2e6f6c69275305bd37c" ON "training_enrolment" ("seeker_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "training_attendance" (
                "enrolment_id" uuid NOT NULL,
                "session_id" uuid NOT NULL,
                "present" boolean NOT NULL,
                "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_b175a5e6e6acd7962f4c9192c27" PRIMARY KEY ("enrolment_id", "session_id")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "training_program"
            ADD CONSTRAINT "FK_f7f4b01732c2b90022d2b8dac74" FOREIGN KEY ("certificate_type_id") REFERENCES "certificate_type"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "training_session"
            ADD CONSTRAINT "FK_3baa96475f26534ffbbeee6008d" FOREIGN KEY ("program_id") REFERENCES "training_program"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "training_enrolment"
            ADD CONSTRAINT "FK_bfbce4742a75e8b46e986e5042f" FOREIGN KEY ("program_id") REFERENCES "training_program"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "training_enrolment"
            ADD CONSTRAINT "FK_da6fd0c2e6f6c69275305bd37c7" FOREIGN KEY ("seeker_id") REFERENCES "seeker"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "training_attendance"
            ADD CONSTRAINT "FK_14426f6e677a8026ea0870ad73f" FOREIGN KEY ("enrolment_id") REFERENCES "training_enrolment"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "training_attendance"
            ADD CONSTRAINT "FK_090affd9d04b9767b5fe2ace682" FOREIGN KEY ("session_id") REFERENCES "training_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "training_attendance" DROP CONSTRAINT "FK_090affd9d04b9767b5fe2ace682"
        `);
        await queryRunner.query(`
            ALTER TABLE "training_attendance" DROP CONSTRAINT "FK_14426f6e677a8026ea0870ad73f"
        `);
        await queryRunner.query(`
            ALTER TABLE "training_enrolment" DROP CONSTRAINT "FK_da6fd0c2e6f6c69275305bd37c7"
        `);
        await queryRunner.query(`
            ALTER TABLE "training_enrolment" DROP CONSTRAINT "FK_bfbce4742a75e8b46e986e5042f"
        `);
        await queryRunner.query(`
            ALTER TABLE "training_session" DROP CONSTRAINT "FK_3baa96475f26534ffbbeee6008d"
        `);
        await queryRunner.query(`
            ALTER TABLE "training_program" DROP CONSTRAINT "FK_f7f4b01732c2b90022d2b8dac74"
        `);
        await queryRunner.query(`
            DROP TABLE "training_attendance"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_da6fd0c2e6f6c69275305bd37c"
        `);
        await queryRunner.query(`
            DROP TABLE "training_enrolment"
        `);
        await queryRunner.query(`
            DROP TABLE "training_session"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_5c234dad302dab3945866d251b"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_55b039af852ff400165238bf46"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_f7f4b01732c2b90022d2b8dac7"
        `);
        await queryRunner.query(`
            DROP TABLE "training_program"
        `);
    }

}
