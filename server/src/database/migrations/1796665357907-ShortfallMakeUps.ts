import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ShortfallMakeUps1796665357907 implements MigrationInterface {
  name = 'ShortfallMakeUps1796665357907';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "requirement_make_ups" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "year" smallint NOT NULL, "line_key" character varying(32) NOT NULL, "arrangement" character varying(500) NOT NULL, "due_date" date, "done" boolean NOT NULL DEFAULT false, "updated_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_02006a0b2aa82596baa2b2bee99" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_requirement_make_ups_user_year_line" ON "requirement_make_ups"  ("user_id", "year", "line_key") `);
    await queryRunner.query(`ALTER TABLE "requirement_make_ups" ADD CONSTRAINT "fk_requirement_make_ups_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "requirement_make_ups" DROP CONSTRAINT "fk_requirement_make_ups_user"`);
    await queryRunner.query(`DROP INDEX "public"."uq_requirement_make_ups_user_year_line"`);
    await queryRunner.query(`DROP TABLE "requirement_make_ups"`);
  }
}
