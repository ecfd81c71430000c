import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated, then made UNLOGGED by hand: rate-limit counters need no crash safety (see RateLimitWindow). */
export class RateLimitWindows1795689541943 implements MigrationInterface {
  name = 'RateLimitWindows1795689541943';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE UNLOGGED TABLE "rate_limit_windows" ("key" character varying(200) NOT NULL, "count" integer NOT NULL, "reset_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_9417b505596cea358b6bb991dd3" PRIMARY KEY ("key"))`);
    await queryRunner.query(`CREATE INDEX "idx_rate_limit_windows_reset" ON "rate_limit_windows"  ("reset_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_rate_limit_windows_reset"`);
    await queryRunner.query(`DROP TABLE "rate_limit_windows"`);
  }
}
