import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RequirementSettlements1796671459253 implements MigrationInterface {
  name = 'RequirementSettlements1796671459253';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "requirement_settlements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "year" smallint NOT NULL, "unit_id" uuid NOT NULL, "unit_path" text COLLATE "C" NOT NULL, "lines" jsonb NOT NULL, "cadres" integer NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closed_by" uuid NOT NULL, "reopened_at" TIMESTAMP WITH TIME ZONE, "reopened_by" uuid, "reopen_reason" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a6a0778ac4ff849964a64c52094" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_requirement_settlements_standing" ON "requirement_settlements"  ("unit_id", "year") WHERE "reopened_at" IS NULL`);
    await queryRunner.query(`CREATE TABLE "requirement_settled_figures" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "settlement_id" uuid NOT NULL, "user_id" uuid NOT NULL, "user_name" character varying(50) NOT NULL, "unit_id" uuid NOT NULL, "unit_name" character varying(100) NOT NULL, "rank" character varying(32) NOT NULL, "line_key" character varying(32) NOT NULL, "position" smallint NOT NULL, "required" numeric(6,1) NOT NULL, "earned" numeric(8,2) NOT NULL, "remaining" numeric(8,2) NOT NULL, "met" boolean NOT NULL, "days" smallint, "by_source" jsonb NOT NULL, "by_year" jsonb NOT NULL, CONSTRAINT "PK_58d38716178f67f8e58069f72c8" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_requirement_settled_figures_unit" ON "requirement_settled_figures"  ("settlement_id", "unit_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_requirement_settled_figures_line" ON "requirement_settled_figures"  ("settlement_id", "user_id", "line_key") `);
    await queryRunner.query(`ALTER TABLE "requirement_settlements" ADD CONSTRAINT "fk_requirement_settlements_unit" FOREIGN KEY ("unit_id") REFERENCES "org_units"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "requirement_settled_figures" ADD CONSTRAINT "fk_requirement_settled_figures_settlement" FOREIGN KEY ("settlement_id") REFERENCES "requirement_settlements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "requirement_settled_figures" ADD CONSTRAINT "fk_requirement_settled_figures_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "requirement_settled_figures" DROP CONSTRAINT "fk_requirement_settled_figures_user"`);
    await queryRunner.query(`ALTER TABLE "requirement_settled_figures" DROP CONSTRAINT "fk_requirement_settled_figures_settlement"`);
    await queryRunner.query(`ALTER TABLE "requirement_settlements" DROP CONSTRAINT "fk_requirement_settlements_unit"`);
    await queryRunner.query(`DROP INDEX "public"."uq_requirement_settled_figures_line"`);
    await queryRunner.query(`DROP INDEX "public"."idx_requirement_settled_figures_unit"`);
    await queryRunner.query(`DROP TABLE "requirement_settled_figures"`);
    await queryRunner.query(`DROP INDEX "public"."uq_requirement_settlements_standing"`);
    await queryRunner.query(`DROP TABLE "requirement_settlements"`);
  }
}
