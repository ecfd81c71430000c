import type { MigrationInterface, QueryRunner } from 'typeorm';

/** users.chu_since: when a cadre entered 处级, so a promotion's one-year due date of the five-year line can be shown. */
export class ChuSince1796671443316 implements MigrationInterface {
  name = 'ChuSince1796671443316';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "chu_since" date`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "chu_since"`);
  }
}
