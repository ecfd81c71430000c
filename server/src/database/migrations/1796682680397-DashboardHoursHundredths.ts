import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DashboardHoursHundredths1796682680397 implements MigrationInterface {
  name = 'DashboardHoursHundredths1796682680397';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "dashboard_unit_figures" ALTER COLUMN "earned" TYPE numeric(12,2)`);
    await queryRunner.query(`ALTER TABLE "dashboard_unit_figures" ALTER COLUMN "hours" TYPE numeric(12,2)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "dashboard_unit_figures" ALTER COLUMN "hours" TYPE numeric(12,1)`);
    await queryRunner.query(`ALTER TABLE "dashboard_unit_figures" ALTER COLUMN "earned" TYPE numeric(12,1)`);
  }
}
