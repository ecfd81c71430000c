import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CaseSourceNotice1796698694791 implements MigrationInterface {
  name = 'CaseSourceNotice1796698694791';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cases" ADD "source_notice_id" uuid`);
    await queryRunner.query(`ALTER TABLE "cases" ADD CONSTRAINT "fk_cases_source_notice" FOREIGN KEY ("source_notice_id") REFERENCES "supervision_notices"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cases" DROP CONSTRAINT "fk_cases_source_notice"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP COLUMN "source_notice_id"`);
  }
}
