import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RequirementLines1796663012122 implements MigrationInterface {
  name = 'RequirementLines1796663012122';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "requirement_lines" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "year" smallint NOT NULL, "key" character varying(32) NOT NULL, "label" character varying(100) NOT NULL, "position" smallint NOT NULL DEFAULT '0', "rank_levels" text array NOT NULL DEFAULT '{}', "key_groups" text array NOT NULL DEFAULT '{}', "hours" numeric(6,1) NOT NULL, "days" smallint, "window_years" smallint NOT NULL DEFAULT '1', "window_start" smallint, "sources" text array NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4215fa22f0e92fae92c87319b4f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_requirement_lines_year_key" ON "requirement_lines"  ("year", "key") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_requirement_lines_year_key"`);
    await queryRunner.query(`DROP TABLE "requirement_lines"`);
  }
}
