import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Room on every page of the ranked lists, so a rebuild that changes a score updates the
 * row in place (a HOT update: no index entry written) instead of moving it.
 */
export class ListsFillFactor1795434900000 implements MigrationInterface {
  name = 'ListsFillFactor1795434900000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "seeker_recommendation" SET (fillfactor = 75)`);
    await queryRunner.query(`ALTER TABLE "position_candidate" SET (fillfactor = 75)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "seeker_recommendation" RESET (fillfactor)`);
    await queryRunner.query(`ALTER TABLE "position_candidate" RESET (fillfactor)`);
  }
}
