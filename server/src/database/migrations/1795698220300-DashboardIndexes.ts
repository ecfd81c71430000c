import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DashboardIndexes1795698220300 implements MigrationInterface {
  name = 'DashboardIndexes1795698220300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "idx_ledger_entries_unit_year" ON "ledger_entries"  ("unit_id", "year") `);
    await queryRunner.query(`CREATE INDEX "idx_lecture_sessions_host_unit" ON "lecture_sessions"  ("host_unit_id") `);
    await queryRunner.query(`CREATE INDEX "idx_study_records_unit" ON "study_records"  ("unit_id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_study_records_unit"`);
    await queryRunner.query(`DROP INDEX "public"."idx_lecture_sessions_host_unit"`);
    await queryRunner.query(`DROP INDEX "public"."idx_ledger_entries_unit_year"`);
  }
}
