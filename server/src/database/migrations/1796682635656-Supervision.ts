import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Supervision1796682635656 implements MigrationInterface {
  name = 'Supervision1796682635656';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "inspections" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(200) NOT NULL, "kind" character varying(16) NOT NULL, "period_from" date NOT NULL, "period_to" date NOT NULL, "organiser_unit_id" uuid NOT NULL, "organiser_unit_path" text COLLATE "C" NOT NULL, "team_ids" uuid array NOT NULL DEFAULT '{}', "target_unit_ids" uuid array NOT NULL DEFAULT '{}', "target_cadre_ids" uuid array NOT NULL DEFAULT '{}', "checklist" jsonb NOT NULL DEFAULT '[]', "description" text NOT NULL DEFAULT '', "published_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a484980015782324454d8c88abe" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_inspections_organiser_path" ON "inspections"  ("organiser_unit_path") `);
    await queryRunner.query(`CREATE TABLE "inspection_draws" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "inspection_id" uuid NOT NULL, "seed" character(64) NOT NULL, "scope_unit_id" uuid NOT NULL, "unit_count" integer NOT NULL, "cadre_count" integer NOT NULL, "filters" jsonb NOT NULL DEFAULT '{}', "candidate_unit_ids" uuid array NOT NULL, "candidate_cadre_ids" uuid array NOT NULL, "unit_ids" uuid array NOT NULL, "cadre_ids" uuid array NOT NULL, "reason" character varying(500), "drawn_by_id" uuid NOT NULL, "drawn_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_a20ca966cac90fdccec5b7d3c63" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_inspection_draws_inspection" ON "inspection_draws"  ("inspection_id", "drawn_at") `);
    await queryRunner.query(`CREATE TABLE "inspection_findings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "inspection_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "unit_path" text COLLATE "C" NOT NULL, "cadre_id" uuid, "checklist_item" character varying(100) NOT NULL, "category" character varying(16) NOT NULL, "severity" character varying(16) NOT NULL, "description" text NOT NULL, "found_at" TIMESTAMP WITH TIME ZONE NOT NULL, "place" character varying(200) NOT NULL DEFAULT '', "evidence_file_ids" uuid array NOT NULL DEFAULT '{}', "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_63fe631f46d1fa964286f0eed79" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_inspection_findings_unit_path" ON "inspection_findings"  ("unit_path") `);
    await queryRunner.query(`CREATE INDEX "idx_inspection_findings_inspection" ON "inspection_findings"  ("inspection_id") `);
    await queryRunner.query(`CREATE TABLE "rectifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "finding_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "unit_path" text COLLATE "C" NOT NULL, "responsible_id" uuid, "measures" text NOT NULL, "deadline" date NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'assigned', "report" text, "report_file_ids" uuid array NOT NULL DEFAULT '{}', "reported_at" TIMESTAMP WITH TIME ZONE, "return_reason" character varying(500), "closed_at" TIMESTAMP WITH TIME ZONE, "closed_by_id" uuid, "overdue_notified_for" date, "assigned_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e60be23142e20db5c2621dc55c5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_rectifications_open_deadline" ON "rectifications"  ("deadline") WHERE status <> 'closed'`);
    await queryRunner.query(`CREATE INDEX "idx_rectifications_unit_path" ON "rectifications"  ("unit_path") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_rectifications_finding" ON "rectifications"  ("finding_id") `);
    await queryRunner.query(`CREATE TABLE "rectification_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "rectification_id" uuid NOT NULL, "to_status" character varying(16) NOT NULL, "note" text NOT NULL DEFAULT '', "file_ids" uuid array NOT NULL DEFAULT '{}', "actor_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_82ec6f3e1da14031e57908e2102" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_rectification_events_rectification" ON "rectification_events"  ("rectification_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "inspections" ADD CONSTRAINT "fk_inspections_organiser_unit" FOREIGN KEY ("organiser_unit_id") REFERENCES "org_units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "inspections" ADD CONSTRAINT "fk_inspections_created_by" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "inspection_draws" ADD CONSTRAINT "fk_inspection_draws_inspection" FOREIGN KEY ("inspection_id") REFERENCES "inspections"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "inspection_draws" ADD CONSTRAINT "fk_inspection_draws_drawn_by" FOREIGN KEY ("drawn_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "inspection_findings" ADD CONSTRAINT "fk_inspection_findings_inspection" FOREIGN KEY ("inspection_id") REFERENCES "inspections"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "inspection_findings" ADD CONSTRAINT "fk_inspection_findings_unit" FOREIGN KEY ("unit_id") REFERENCES "org_units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "inspection_findings" ADD CONSTRAINT "fk_inspection_findings_cadre" FOREIGN KEY ("cadre_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "inspection_findings" ADD CONSTRAINT "fk_inspection_findings_created_by" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "rectifications" ADD CONSTRAINT "fk_rectifications_finding" FOREIGN KEY ("finding_id") REFERENCES "inspection_findings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "rectifications" ADD CONSTRAINT "fk_rectifications_unit" FOREIGN KEY ("unit_id") REFERENCES "org_units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "rectifications" ADD CONSTRAINT "fk_rectifications_responsible" FOREIGN KEY ("responsible_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "rectifications" ADD CONSTRAINT "fk_rectifications_assigned_by" FOREIGN KEY ("assigned_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "rectification_events" ADD CONSTRAINT "fk_rectification_events_rectification" FOREIGN KEY ("rectification_id") REFERENCES "rectifications"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "rectification_events" ADD CONSTRAINT "fk_rectification_events_actor" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "rectification_events" DROP CONSTRAINT "fk_rectification_events_actor"`);
    await queryRunner.query(`ALTER TABLE "rectification_events" DROP CONSTRAINT "fk_rectification_events_rectification"`);
    await queryRunner.query(`ALTER TABLE "rectifications" DROP CONSTRAINT "fk_rectifications_assigned_by"`);
    await queryRunner.query(`ALTER TABLE "rectifications" DROP CONSTRAINT "fk_rectifications_responsible"`);
    await queryRunner.query(`ALTER TABLE "rectifications" DROP CONSTRAINT "fk_rectifications_unit"`);
    await queryRunner.query(`ALTER TABLE "rectifications" DROP CONSTRAINT "fk_rectifications_finding"`);
    await queryRunner.query(`ALTER TABLE "inspection_findings" DROP CONSTRAINT "fk_inspection_findings_created_by"`);
    await queryRunner.query(`ALTER TABLE "inspection_findings" DROP CONSTRAINT "fk_inspection_findings_cadre"`);
    await queryRunner.query(`ALTER TABLE "inspection_findings" DROP CONSTRAINT "fk_inspection_findings_unit"`);
    await queryRunner.query(`ALTER TABLE "inspection_findings" DROP CONSTRAINT "fk_inspection_findings_inspection"`);
    await queryRunner.query(`ALTER TABLE "inspection_draws" DROP CONSTRAINT "fk_inspection_draws_drawn_by"`);
    await queryRunner.query(`ALTER TABLE "inspection_draws" DROP CONSTRAINT "fk_inspection_draws_inspection"`);
    await queryRunner.query(`ALTER TABLE "inspections" DROP CONSTRAINT "fk_inspections_created_by"`);
    await queryRunner.query(`ALTER TABLE "inspections" DROP CONSTRAINT "fk_inspections_organiser_unit"`);
    await queryRunner.query(`DROP INDEX "public"."idx_rectification_events_rectification"`);
    await queryRunner.query(`DROP TABLE "rectification_events"`);
    await queryRunner.query(`DROP INDEX "public"."uq_rectifications_finding"`);
    await queryRunner.query(`DROP INDEX "public"."idx_rectifications_unit_path"`);
    await queryRunner.query(`DROP INDEX "public"."idx_rectifications_open_deadline"`);
    await queryRunner.query(`DROP TABLE "rectifications"`);
    await queryRunner.query(`DROP INDEX "public"."idx_inspection_findings_inspection"`);
    await queryRunner.query(`DROP INDEX "public"."idx_inspection_findings_unit_path"`);
    await queryRunner.query(`DROP TABLE "inspection_findings"`);
    await queryRunner.query(`DROP INDEX "public"."idx_inspection_draws_inspection"`);
    await queryRunner.query(`DROP TABLE "inspection_draws"`);
    await queryRunner.query(`DROP INDEX "public"."idx_inspections_organiser_path"`);
    await queryRunner.query(`DROP TABLE "inspections"`);
  }
}
