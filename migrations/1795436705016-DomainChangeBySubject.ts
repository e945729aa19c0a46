import { MigrationInterface, QueryRunner } from "typeorm";

export class DomainChangeBySubject1795436705016 implements MigrationInterface {
    name = 'DomainChangeBySubject1795436705016'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE INDEX "domain_change_by_subject" ON "domain_change" ("subject_type", "subject_id", "id")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."domain_change_by_subject"
        `);
    }

}
