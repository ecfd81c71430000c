import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FeedbackDeviceAddress1796660881996 implements MigrationInterface {
  name = 'FeedbackDeviceAddress1796660881996';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "lecture_feedback" ADD "address_hash" character varying(64)`);
    await queryRunner.query(`ALTER TABLE "lecture_feedback" ADD "burst" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`CREATE INDEX "ix_lecture_feedback_address" ON "lecture_feedback"  ("session_id", "address_hash", "created_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_lecture_feedback_address"`);
    await queryRunner.query(`ALTER TABLE "lecture_feedback" DROP COLUMN "burst"`);
    await queryRunner.query(`ALTER TABLE "lecture_feedback" DROP COLUMN "address_hash"`);
  }
}
