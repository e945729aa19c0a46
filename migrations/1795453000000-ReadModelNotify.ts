import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Every statement that changes rows of a table behind a cached read (recommendation and
 * candidate pages: the stored lists, what they join, what their explanations, trainings
 * and access checks read; live sessions and their accounts) notifies the channel jobbridge_read_model with the table's name.
 * PostgreSQL delivers it after commit to every listening process, so API processes drop
 * cached pages and sessions whichever process (an API copy, the worker) made the change. Statements
 * that touch no row (the outbox relay's idle polls) notify nothing: a transition table
 * per event shows whether any row changed. The outbox counts only when a change is added;
 * marking it relayed or pruning it changes no read. Written by hand: TypeORM does not
 * model triggers, so the drift check never sees them.
 */
const TABLES = [
    "application",
    "auth_session",
    "certificate_type",
    "enterprise",
    "match_feedback",
    "position",
    "position_candidate",
    "position_certificate_requirement",
    "region",
    "seeker",
    "seeker_certificate",
    "seeker_recommendation",
    "training_program",
    "training_session",
    "user_account",
];

const ROW_EVENTS = [
    { event: "INSERT", transition: "NEW" },
    { event: "UPDATE", transition: "NEW" },
    { event: "DELETE", transition: "OLD" },
];

const triggers = (table: string) =>
    table === "domain_change"
        ? [{ name: "domain_change_added_notify", event: "INSERT", transition: "NEW" }]
        : ROW_EVENTS.map(({ event, transition }) => ({ name: `${table}_${event.toLowerCase()}_notify`, event, transition }));

export class ReadModelNotify1795453000000 implements MigrationInterface {
    name = 'ReadModelNotify1795453000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE FUNCTION "notify_read_model_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'TRUNCATE' THEN
                    PERFORM pg_notify('jobbridge_read_model', TG_TABLE_NAME);
                ELSIF EXISTS (SELECT 1 FROM changed_rows) THEN
                    PERFORM pg_notify('jobbridge_read_model', TG_TABLE_NAME);
                END IF;
                RETURN NULL;
            END
            $$
        `);
        for (const table of [...TABLES, "domain_change"]) {
            for (const { name, event, transition } of triggers(table)) {
                await queryRunner.query(`
                    CREATE TRIGGER "${name}" AFTER ${event} ON "${table}"
                    REFERENCING ${transition} TABLE AS changed_rows
                    FOR EACH STATEMENT EXECUTE FUNCTION "notify_read_model_changed"()
                `);
            }
            if (table !== "domain_change") {
                await queryRunner.query(`
                    CREATE TRIGGER "${table}_truncate_notify" AFTER TRUNCATE ON "${table}"
                    FOR EACH STATEMENT EXECUTE FUNCTION "notify_read_model_changed"()
                `);
            }
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        for (const table of [...TABLES, "domain_change"]) {
            for (const { name } of triggers(table)) await queryRunner.query(`DROP TRIGGER "${name}" ON "${table}"`);
            if (table !== "domain_change") await queryRunner.query(`DROP TRIGGER "${table}_truncate_notify" ON "${table}"`);
        }
        await queryRunner.query(`DROP FUNCTION "notify_read_model_changed"()`);
    }

}
