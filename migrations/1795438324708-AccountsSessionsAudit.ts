import { MigrationInterface, QueryRunner } from "typeorm";

export class AccountsSessionsAudit1795438324708 implements MigrationInterface {
    name = 'AccountsSessionsAudit1795438324708'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "audit_event" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "actor_user_id" uuid NOT NULL,
                "actor_username" character varying(64) NOT NULL,
                "actor_role" character varying(16) NOT NULL,
                "action" character varying(64) NOT NULL,
                "subject_type" character varying(32) NOT NULL,
                "subject_id" uuid NOT NULL,
                "request_id" character varying(64),
                CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_df39bfb9d191629109d8c752b6" ON "audit_event" ("actor_user_id", "occurred_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_52157af53b78dccd0abb430fce" ON "audit_event" ("subject_type", "subject_id", "occurred_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "user_account" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "username" character varying(64) NOT NULL,
                "display_name" character varying(100) NOT NULL,
                "password_hash" character varying(200) NOT NULL,
                "role" character varying(16) NOT NULL,
                "region_code" character varying(32),
                "enterprise_id" uuid,
                "seeker_id" uuid,
                "active" boolean NOT NULL DEFAULT true,
                "last_login_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "user_account_scope" CHECK (
                    (
                        role IN ('centre_admin', 'centre_staff')
                        AND enterprise_id IS NULL
                        AND seeker_id IS NULL
                    )
                    OR (
                        role = 'grid_worker'
                        AND region_code IS NOT NULL
                        AND enterprise_id IS NULL
                        AND seeker_id IS NULL
                    )
                    OR (
                        role = 'hr_officer'
                        AND enterprise_id IS NOT NULL
                        AND region_code IS NULL
                        AND seeker_id IS NULL
                    )
                    OR (
                        role = 'seeker'
                        AND seeker_id IS NOT NULL
                        AND region_code IS NULL
                        AND enterprise_id IS NULL
                    )
                ),
                CONSTRAINT "PK_6acfec7285fdf9f463462de3e9f" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_3c4d4fae641bf9048ad324ee0d" ON "user_account" ("username")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_2790228906f77da6eed95b1cc9" ON "user_account" ("role")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_1b31dc8ab153d17286d0be870e" ON "user_account" ("enterprise_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_d024067d7a04a90c64f5c64fd6" ON "user_account" ("seeker_id")
            WHERE seeker_id IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE TABLE "auth_session" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "refresh_token_hash" character(64) NOT NULL,
                "previous_refresh_token_hash" character(64),
                "refresh_expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                "revoked_reason" character varying(32),
                "created_from_ip" character varying(64),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_19354ed146424a728c1112a8cbf" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_b8783d517fab10672700a39cb4" ON "auth_session" ("user_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_c36ab9d68474b35d9e11d199c1" ON "auth_session" ("refresh_token_hash")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_fe15a6149e8cfcbcce5a5a0cce" ON "auth_session" ("previous_refresh_token_hash")
        `);
        await queryRunner.query(`
            ALTER TABLE "user_account"
            ADD CONSTRAINT "FK_5de8dc42b268a463cf983cadde4" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "user_account"
            ADD CONSTRAINT "FK_1b31dc8ab153d17286d0be870e3" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "user_account"
            ADD CONSTRAINT "FK_dd1782c57ebd78a696d511bbb37" FOREIGN KEY ("seeker_id") REFERENCES "seeker"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "auth_session"
            ADD CONSTRAINT "FK_b8783d517fab10672700a39cb49" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "auth_session" DROP CONSTRAINT "FK_b8783d517fab10672700a39cb49"
        `);
        await queryRunner.query(`
            ALTER TABLE "user_account" DROP CONSTRAINT "FK_dd1782c57ebd78a696d511bbb37"
        `);
        await queryRunner.query(`
            ALTER TABLE "user_account" DROP CONSTRAINT "FK_1b31dc8ab153d17286d0be870e3"
        `);
        await queryRunner.query(`
            ALTER TABLE "user_account" DROP CONSTRAINT "FK_5de8dc42b268a463cf983cadde4"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_fe15a6149e8cfcbcce5a5a0cce"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_c36ab9d68474b35d9e11d199c1"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_b8783d517fab10672700a39cb4"
        `);
        await queryRunner.query(`
            DROP TABLE "auth_session"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_d024067d7a04a90c64f5c64fd6"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_1b31dc8ab153d17286d0be870e"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_2790228906f77da6eed95b1cc9"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_3c4d4fae641bf9048ad324ee0d"
        `);
        await queryRunner.query(`
            DROP TABLE "user_account"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_52157af53b78dccd0abb430fce"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_df39bfb9d191629109d8c752b6"
        `);
        await queryRunner.query(`
            DROP TABLE "audit_event"
        `);
    }

}
