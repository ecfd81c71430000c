import type { MigrationInterface, QueryRunner } from 'typeorm';

/** talent_secondments.overdue_notified_for: the end date the org admins were told passed with no return (told once). */
export class SecondmentOverdueNotice1796671623481 implements MigrationInterface {
  name = 'SecondmentOverdueNotice1796671623481';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "talent_secondments" ADD "overdue_notified_for" date`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "talent_secondments" DROP COLUMN "overdue_notified_for"`);
  }
}
