import { MigrationInterface, QueryRunner } from "typeorm";

export class RecruitmentEvents1795442507324 implements MigrationInterface {
    name = 'RecruitmentEvents1795442507324'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "event_series" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "kind" character varying(16) NOT NULL,
                "title" character varying(200) NOT NULL,
                "recurrence" character varying(8) NOT NULL,
                "weekday" smallint,
                "start_time" character varying(5) NOT NULL,
                "duration_minutes" smallint NOT NULL,
                "starts_on" date NOT NULL,
                "ends_on" date,
                "status" character varying(16) NOT NULL DEFAULT 'active',
                "region_code" character varying(32) NOT NULL,
                "host" character varying(100),
                "stream_url" character varying(500),
                "venue" character varying(200),
                "conflict_key" character varying(600) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "PK_9c68540164026e1a070a0a227f8" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_fbe1581a9f58e22775325ed8d5" ON "event_series" ("status")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_1de0b3978314cb5e41d7da1449" ON "event_series" ("region_code")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_4b86dc020901f2e6d8483bdbc3" ON "event_series" ("conflict_key")
        `);
        await queryRunner.query(`
            CREATE TABLE "event" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "series_id" uuid,
                "occurrence_date" date,
                "kind" character varying(16) NOT NULL,
                "title" character varying(200) NOT NULL,
                "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "status" character varying(16) NOT NULL DEFAULT 'scheduled',
                "region_code" character varying(32) NOT NULL,
                "host" character varying(100),
                "stream_url" character varying(500),
                "venue" character varying(200),
                "conflict_key" character varying(600) NOT NULL,
                "detached" boolean NOT NULL DEFAULT false,
                "invitations_sent_at" TIMESTAMP WITH TIME ZONE,
                "viewers_now" integer NOT NULL DEFAULT '0',
                "viewers_peak" integer NOT NULL DEFAULT '0',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "event_series_occurrence" UNIQUE ("series_id", "occurrence_date"),
                CONSTRAINT "PK_30c2f3bbaf6d34a55f8ae6e4614" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_1716a2b86b7155c96b33b46e15" ON "event" ("starts_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_2e12dbd478bdab7e56b68149be" ON "event" ("region_code", "starts_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_196c00eaf8f5cc89ae8a1faaee" ON "event" ("conflict_key", "starts_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "event_enterprise" (
                "event_id" uuid NOT NULL,
                "enterprise_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_d487faaa63c51bda5ebcc83ac9a" PRIMARY KEY ("event_id", "enterprise_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_2133e7dfbeaaaf00c0ff756a86" ON "event_enterprise" ("enterprise_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "event_position" (
                "event_id" uuid NOT NULL,
                "position_id" uuid NOT NULL,
                "enterprise_id" uuid NOT NULL,
                "featured" boolean NOT NULL DEFAULT false,
                CONSTRAINT "PK_355da29dd4cdee92a8f8193e157" PRIMARY KEY ("event_id", "position_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_c574105b5cd78a666391185ece" ON "event_position" ("position_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "notification" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "seeker_id" uuid NOT NULL,
                "kind" character varying(32) NOT NULL,
                "subject_id" uuid NOT NULL,
                "title" character varying(200) NOT NULL,
                "body" text NOT NULL,
                "payload" jsonb NOT NULL DEFAULT '{}',
                "read_at" TIMESTAMP WITH TIME ZONE,
                "delivery_status" character varying(8) NOT NULL DEFAULT 'none',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "notification_once" UNIQUE ("seeker_id", "subject_id", "kind"),
                CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_3658dc0dfd55b70096286a1ed8" ON "notification" ("seeker_id", "created_at")
        `);
        await queryRunner.query(`
            ALTER TABLE "event"
            ADD CONSTRAINT "FK_9c68540164026e1a070a0a227f8" FOREIGN KEY ("series_id") REFERENCES "event_series"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "event_enterprise"
            ADD CONSTRAINT "FK_ad2e60156df030230d730bea411" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "event_enterprise"
            ADD CONSTRAINT "FK_2133e7dfbeaaaf00c0ff756a862" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "event_position"
            ADD CONSTRAINT "FK_db78a09be6f57350028ee020da3" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "event_position"
            ADD CONSTRAINT "FK_c574105b5cd78a666391185ece6" FOREIGN KEY ("position_id") REFERENCES "position"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "notification"
            ADD CONSTRAINT "FK_789b0c92ed0942fab97315f5c96" FOREIGN KEY ("seeker_id") REFERENCES "seeker"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "notification" DROP CONSTRAINT "FK_789b0c92ed0942fab97315f5c96"
        `);
        await queryRunner.query(`
            ALTER TABLE "event_position" DROP CONSTRAINT "FK_c574105b5cd78a666391185ece6"
        `);
        await queryRunner.query(`
            ALTER TABLE "event_position" DROP CONSTRAINT "FK_db78a09be6f57350028ee020da3"
        `);
        await queryRunner.query(`
            ALTER TABLE "event_enterprise" DROP CONSTRAINT "FK_2133e7dfbeaaaf00c0ff756a862"
        `);
        await queryRunner.query(`
            ALTER TABLE "event_enterprise" DROP CONSTRAINT "FK_ad2e60156df030230d730bea411"
        `);
        await queryRunner.query(`
            ALTER TABLE "event" DROP CONSTRAINT "FK_9c68540164026e1a070a0a227f8"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_3658dc0dfd55b70096286a1ed8"
        `);
        await queryRunner.query(`
            DROP TABLE "notification"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_c574105b5cd78a666391185ece"
        `);
        await queryRunner.query(`
            DROP TABLE "event_position"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_2133e7dfbeaaaf00c0ff756a86"
        `);
        await queryRunner.query(`
            DROP TABLE "event_enterprise"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_196c00eaf8f5cc89ae8a1faaee"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_2e12dbd478bdab7e56b68149be"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_1716a2b86b7155c96b33b46e15"
        `);
        await queryRunner.query(`
            DROP TABLE "event"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_4b86dc020901f2e6d8483bdbc3"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_1de0b3978314cb5e41d7da1449"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_fbe1581a9f58e22775325ed8d5"
        `);
        await queryRunner.query(`
            DROP TABLE "event_series"
        `);
    }

}
