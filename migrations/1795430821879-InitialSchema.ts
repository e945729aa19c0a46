import { MigrationInterface, QueryRunner } from "typeorm";

export class InitialSchema1795430821879 implements MigrationInterface {
    name = 'InitialSchema1795430821879'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "certificate_type" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "code" character varying(64) NOT NULL,
                "name" character varying(100) NOT NULL,
                "occupation_code" character varying(16) NOT NULL,
                "kind" character varying(32) NOT NULL,
                "levels" smallint array NOT NULL DEFAULT '{}',
                "validity_years" smallint,
                CONSTRAINT "PK_fb10346b2786aa1b347abc5698f" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_288478e8973aba62a4183d4d2b" ON "certificate_type" ("code")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_599fd1f716b0ef6795c8c67825" ON "certificate_type" ("occupation_code")
        `);
        await queryRunner.query(`
            CREATE TABLE "region" (
                "code" character varying(32) NOT NULL,
                "name" character varying(100) NOT NULL,
                "level" character varying(16) NOT NULL,
                "parent_code" character varying(32),
                "path" character varying(400) NOT NULL,
                "latitude" double precision,
                "longitude" double precision,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_74f7723fdff738f92929c0056cb" PRIMARY KEY ("code")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_73a16baaad741cbb01fa629e95" ON "region" ("parent_code")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_fe5ebce493b47061fe693b660a" ON "region" ("path")
        `);
        await queryRunner.query(`
            CREATE TABLE "seeker" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "full_name" character varying(100) NOT NULL,
                "id_number_encrypted" text NOT NULL,
                "id_number_hash" character(64) NOT NULL,
                "id_number_masked" character varying(18) NOT NULL,
                "gender" character varying(8) NOT NULL,
                "birth_date" date NOT NULL,
                "phone" character varying(32),
                "education" character varying(32) NOT NULL DEFAULT 'none',
                "major" character varying(100),
                "skills" character varying array NOT NULL DEFAULT '{}',
                "experience" jsonb NOT NULL DEFAULT '[]',
                "desired_titles" character varying array NOT NULL DEFAULT '{}',
                "desired_occupation_codes" character varying array NOT NULL DEFAULT '{}',
                "desired_salary_min" integer,
                "availability" jsonb NOT NULL DEFAULT '[]',
                "region_code" character varying(32) NOT NULL,
                "latitude" double precision,
                "longitude" double precision,
                "max_travel_km" smallint,
                "target_groups" character varying array NOT NULL DEFAULT '{}',
                "consent_to_match" boolean NOT NULL DEFAULT false,
                "consent_at" TIMESTAMP WITH TIME ZONE,
                "status" character varying(16) NOT NULL DEFAULT 'active',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "PK_40c70b62e7b0087bdd3f383ed3b" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_d9975e26bb00148d6edc5fc15e" ON "seeker" ("id_number_hash")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_55383cf4f69fbbdd03bd86864a" ON "seeker" ("region_code")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_ca034a4f90963367168bb7f338" ON "seeker" ("status")
        `);
        await queryRunner.query(`
            CREATE TABLE "seeker_certificate" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "seeker_id" uuid NOT NULL,
                "certificate_type_id" uuid NOT NULL,
                "certificate_number" character varying(64) NOT NULL,
                "level" smallint,
                "issuer" character varying(200) NOT NULL,
                "issued_on" date NOT NULL,
                "expires_on" date,
                "verification_status" character varying(16) NOT NULL DEFAULT 'pending',
                "verified_at" TIMESTAMP WITH TIME ZONE,
                "verified_by" character varying(100),
                "verification_note" character varying(500),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_c878b3ce8f571edac6772c419ca" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_1b89f75895b5bb55125bfd6d6b" ON "seeker_certificate" ("seeker_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_5e07408ae5fc0bd2685ba0e5b8" ON "seeker_certificate" ("certificate_type_id", "certificate_number")
        `);
        await queryRunner.query(`
            CREATE TABLE "domain_change" (
                "id" BIGSERIAL NOT NULL,
                "subject_type" character varying(16) NOT NULL,
                "subject_id" uuid NOT NULL,
                "reason" character varying(64) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "relayed_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_8a480ef36a276065b469eb8e2cf" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "domain_change_pending" ON "domain_change" ("id")
            WHERE relayed_at IS NULL
        `);
        await queryRunner.query(`
            CREATE TABLE "match_subject_state" (
                "subject_type" character varying(16) NOT NULL,
                "subject_id" uuid NOT NULL,
                "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "last_change_id" bigint NOT NULL,
                "change_count" integer NOT NULL DEFAULT '0',
                "scored_at" TIMESTAMP WITH TIME ZONE,
                "engine_version" character varying(32),
                CONSTRAINT "PK_40edd3b5f0f597df5cd6b1d762e" PRIMARY KEY ("subject_type", "subject_id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "enterprise" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" character varying(200) NOT NULL,
                "credit_code" character(18) NOT NULL,
                "industry" character varying(100) NOT NULL,
                "region_code" character varying(32) NOT NULL,
                "address" character varying(300),
                "is_key_enterprise" boolean NOT NULL DEFAULT false,
                "service_specialist" character varying(100),
                "contact_name" character varying(100),
                "contact_phone" character varying(32),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_09687cd306dc5d486c0e227c471" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_95895967c00ece7a8dec9d99e6" ON "enterprise" ("credit_code")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_b2de7ad4e0e766dcf3fd837b85" ON "enterprise" ("region_code")
        `);
        await queryRunner.query(`
            CREATE TABLE "position" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "enterprise_id" uuid NOT NULL,
                "title" character varying(200) NOT NULL,
                "occupation_code" character varying(16),
                "description" text NOT NULL DEFAULT '',
                "skills" character varying array NOT NULL DEFAULT '{}',
                "min_education" character varying(32) NOT NULL DEFAULT 'none',
                "salary_min" integer NOT NULL,
                "salary_max" integer NOT NULL,
                "headcount" integer NOT NULL,
                "employment_type" character varying(32) NOT NULL,
                "weekly_hours" smallint NOT NULL,
                "work_slots" jsonb NOT NULL DEFAULT '[]',
                "target_groups" character varying array NOT NULL DEFAULT '{}',
                "region_code" character varying(32) NOT NULL,
                "address" character varying(300),
                "latitude" double precision,
                "longitude" double precision,
                "status" character varying(16) NOT NULL DEFAULT 'draft',
                "valid_until" date,
                "published_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "PK_b7f483581562b4dc62ae1a5b7e2" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_654ece893967a17a9daf9e9f3e" ON "position" ("enterprise_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_7475d4e1c7643f0f755bf0f899" ON "position" ("occupation_code")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_b910789172ccd615974a0e1f72" ON "position" ("region_code")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_208d9ef0e55f13676d11b2251c" ON "position" ("status", "region_code")
        `);
        await queryRunner.query(`
            CREATE TABLE "position_certificate_requirement" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "position_id" uuid NOT NULL,
                "certificate_type_id" uuid NOT NULL,
                "min_level" smallint,
                "mandatory" boolean NOT NULL DEFAULT true,
                CONSTRAINT "PK_1919ffbf9675005577cbfffec3a" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_b9acca1bcad0bdf855374c2893" ON "position_certificate_requirement" ("certificate_type_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_44bc94a320d728cd9f33f5a115" ON "position_certificate_requirement" ("position_id", "certificate_type_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "region"
            ADD CONSTRAINT "FK_73a16baaad741cbb01fa629e95a" FOREIGN KEY ("parent_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "seeker"
            ADD CONSTRAINT "FK_55383cf4f69fbbdd03bd86864a8" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "seeker_certificate"
            ADD CONSTRAINT "FK_1b89f75895b5bb55125bfd6d6b6" FOREIGN KEY ("seeker_id") REFERENCES "seeker"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "seeker_certificate"
            ADD CONSTRAINT "FK_3be8efd12e0a0764a60e0fa9030" FOREIGN KEY ("certificate_type_id") REFERENCES "certificate_type"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "enterprise"
            ADD CONSTRAINT "FK_b2de7ad4e0e766dcf3fd837b859" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "position"
            ADD CONSTRAINT "FK_654ece893967a17a9daf9e9f3e2" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "position"
            ADD CONSTRAINT "FK_b910789172ccd615974a0e1f721" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "position_certificate_requirement"
            ADD CONSTRAINT "FK_4e337baf8cd31dcb45f84588281" FOREIGN KEY ("position_id") REFERENCES "position"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "position_certificate_requirement"
            ADD CONSTRAINT "FK_b9acca1bcad0bdf855374c28931" FOREIGN KEY ("certificate_type_id") REFERENCES "certificate_type"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "position_certificate_requirement" DROP CONSTRAINT "FK_b9acca1bcad0bdf855374c28931"
        `);
        await queryRunner.query(`
            ALTER TABLE "position_certificate_requirement" DROP CONSTRAINT "FK_4e337baf8cd31dcb45f84588281"
        `);
        await queryRunner.query(`
            ALTER TABLE "position" DROP CONSTRAINT "FK_b910789172ccd615974a0e1f721"
        `);
        await queryRunner.query(`
            ALTER TABLE "position" DROP CONSTRAINT "FK_654ece893967a17a9daf9e9f3e2"
        `);
        await queryRunner.query(`
            ALTER TABLE "enterprise" DROP CONSTRAINT "FK_b2de7ad4e0e766dcf3fd837b859"
        `);
        await queryRunner.query(`
            ALTER TABLE "seeker_certificate" DROP CONSTRAINT "FK_3be8efd12e0a0764a60e0fa9030"
        `);
        await queryRunner.query(`
            ALTER TABLE "seeker_certificate" DROP CONSTRAINT "FK_1b89f75895b5bb55125bfd6d6b6"
        `);
        await queryRunner.query(`
            ALTER TABLE "seeker" DROP CONSTRAINT "FK_55383cf4f69fbbdd03bd86864a8"
        `);
        await queryRunner.query(`
            ALTER TABLE "region" DROP CONSTRAINT "FK_73a16baaad741cbb01fa629e95a"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_44bc94a320d728cd9f33f5a115"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_b9acca1bcad0bdf855374c2893"
        `);
        await queryRunner.query(`
            DROP TABLE "position_certificate_requirement"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_208d9ef0e55f13676d11b2251c"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_b910789172ccd615974a0e1f72"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_7475d4e1c7643f0f755bf0f899"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_654ece893967a17a9daf9e9f3e"
        `);
        await queryRunner.query(`
            DROP TABLE "position"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_b2de7ad4e0e766dcf3fd837b85"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_95895967c00ece7a8dec9d99e6"
        `);
        await queryRunner.query(`
            DROP TABLE "enterprise"
        `);
        await queryRunner.query(`
            DROP TABLE "match_subject_state"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."domain_change_pending"
        `);
        await queryRunner.query(`
            DROP TABLE "domain_change"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_5e07408ae5fc0bd2685ba0e5b8"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_1b89f75895b5bb55125bfd6d6b"
        `);
        await queryRunner.query(`
            DROP TABLE "seeker_certificate"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_ca034a4f90963367168bb7f338"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_55383cf4f69fbbdd03bd86864a"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_d9975e26bb00148d6edc5fc15e"
        `);
        await queryRunner.query(`
            DROP TABLE "seeker"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_fe5ebce493b47061fe693b660a"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_73a16baaad741cbb01fa629e95"
        `);
        await queryRunner.query(`
            DROP TABLE "region"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_599fd1f716b0ef6795c8c67825"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_288478e8973aba62a4183d4d2b"
        `);
        await queryRunner.query(`
            DROP TABLE "certificate_type"
        `);
    }

}
