import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Generated, then two data steps added by hand. The old counts were per username only and have no address to go with:
 * each one is carried into the new per-account count (its last failure standing in for the window's start, so recent
 * ones keep counting toward the slowdown and old ones expire as usual), and the per-username rows, with their locks,
 * are dropped: those locks were the denial of service this change removes. Going down, the per-address rows cannot
 * share a per-username key, and counts are transient, so they are dropped too.
 */
export class LoginFailuresPerAddress1796661000184 implements MigrationInterface {
  name = 'LoginFailuresPerAddress1796661000184';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "login_account_failures" ("username" character varying(100) NOT NULL, "failed_count" integer NOT NULL DEFAULT '0', "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "next_attempt_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_d7012d23e9a4f0140c55f90cf1f" PRIMARY KEY ("username"))`);
    await queryRunner.query(`CREATE INDEX "idx_login_account_failures_window" ON "login_account_failures"  ("window_started_at") `);
    await queryRunner.query(
      `INSERT INTO "login_account_failures" ("username", "failed_count", "window_started_at") SELECT "username", "failed_count", "last_failed_at" FROM "login_failures"`,
    );
    await queryRunner.query(`DELETE FROM "login_failures"`);
    await queryRunner.query(`ALTER TABLE "login_failures" ADD "address" character varying(64) NOT NULL`);
    await queryRunner.query(`ALTER TABLE "login_failures" DROP CONSTRAINT "PK_238573b7f2f036d3dcea30acf7b"`);
    await queryRunner.query(`ALTER TABLE "login_failures" ADD CONSTRAINT "PK_ec5237302f16ccfa0f5f27b404d" PRIMARY KEY ("username", "address")`);
    await queryRunner.query(`CREATE INDEX "idx_login_failures_last_failed" ON "login_failures"  ("last_failed_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "login_failures"`);
    await queryRunner.query(`DROP INDEX "public"."idx_login_failures_last_failed"`);
    await queryRunner.query(`ALTER TABLE "login_failures" DROP CONSTRAINT "PK_ec5237302f16ccfa0f5f27b404d"`);
    await queryRunner.query(`ALTER TABLE "login_failures" ADD CONSTRAINT "PK_238573b7f2f036d3dcea30acf7b" PRIMARY KEY ("username")`);
    await queryRunner.query(`ALTER TABLE "login_failures" DROP COLUMN "address"`);
    await queryRunner.query(`DROP INDEX "public"."idx_login_account_failures_window"`);
    await queryRunner.query(`DROP TABLE "login_account_failures"`);
  }
}
