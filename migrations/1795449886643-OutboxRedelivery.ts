import { MigrationInterface, QueryRunner } from "typeorm";

export class OutboxRedelivery1795449886643 implements MigrationInterface {
    name = 'OutboxRedelivery1795449886643'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE INDEX "domain_change_relayed" ON "domain_change" ("relayed_at")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."domain_change_relayed"
        `);
    }

}
