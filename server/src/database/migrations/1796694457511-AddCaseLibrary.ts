import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddCaseLibrary1796694457511 implements MigrationInterface {
  name = 'AddCaseLibrary1796694457511';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "cases" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(16) NOT NULL, "title" character varying(200) NOT NULL, "summary" character varying(1000) NOT NULL, "body" text NOT NULL, "field" character varying(24) NOT NULL, "source_kind" character varying(16) NOT NULL, "source_finding_id" uuid, "unit_id" uuid NOT NULL, "unit_path" text COLLATE "C" NOT NULL, "attachment_file_ids" uuid array NOT NULL DEFAULT '{}', "state" character varying(16) NOT NULL DEFAULT 'draft', "return_reason" character varying(500), "proposed_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, "published_by_id" uuid, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "withdraw_reason" character varying(500), "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_264acb3048c240fb89aa34626db" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_cases_state_published" ON "cases"  ("state", "published_at") `);
    await queryRunner.query(`CREATE INDEX "idx_cases_unit_path" ON "cases"  ("unit_path") `);
    await queryRunner.query(`CREATE TABLE "case_reads" ("case_id" uuid NOT NULL, "user_id" uuid NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_82085e1de80da2b0586b7f42ce3" PRIMARY KEY ("case_id", "user_id"))`);
    await queryRunner.query(`CREATE TABLE "study_record_cases" ("record_id" uuid NOT NULL, "case_id" uuid NOT NULL, "attached_by_id" uuid NOT NULL, "attached_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b3170e52c4298f1ac0cbb64b37c" PRIMARY KEY ("record_id", "case_id"))`);
    await queryRunner.query(`CREATE INDEX "idx_study_record_cases_case" ON "study_record_cases"  ("case_id") `);
    await queryRunner.query(`ALTER TABLE "lessons" ADD "case_id" uuid`);
    await queryRunner.query(`ALTER TABLE "cases" ADD CONSTRAINT "fk_cases_source_finding" FOREIGN KEY ("source_finding_id") REFERENCES "inspection_findings"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cases" ADD CONSTRAINT "fk_cases_unit" FOREIGN KEY ("unit_id") REFERENCES "org_units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cases" ADD CONSTRAINT "fk_cases_created_by" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "case_reads" ADD CONSTRAINT "fk_case_reads_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "case_reads" ADD CONSTRAINT "fk_case_reads_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "study_record_cases" ADD CONSTRAINT "fk_study_record_cases_record" FOREIGN KEY ("record_id") REFERENCES "study_records"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "study_record_cases" ADD CONSTRAINT "fk_study_record_cases_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "study_record_cases" ADD CONSTRAINT "fk_study_record_cases_attached_by" FOREIGN KEY ("attached_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "study_record_cases" DROP CONSTRAINT "fk_study_record_cases_attached_by"`);
    await queryRunner.query(`ALTER TABLE "study_record_cases" DROP CONSTRAINT "fk_study_record_cases_case"`);
    await queryRunner.query(`ALTER TABLE "study_record_cases" DROP CONSTRAINT "fk_study_record_cases_record"`);
    await queryRunner.query(`ALTER TABLE "case_reads" DROP CONSTRAINT "fk_case_reads_user"`);
    await queryRunner.query(`ALTER TABLE "case_reads" DROP CONSTRAINT "fk_case_reads_case"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP CONSTRAINT "fk_cases_created_by"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP CONSTRAINT "fk_cases_unit"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP CONSTRAINT "fk_cases_source_finding"`);
    await queryRunner.query(`ALTER TABLE "lessons" DROP COLUMN "case_id"`);
    await queryRunner.query(`DROP INDEX "public"."idx_study_record_cases_case"`);
    await queryRunner.query(`DROP TABLE "study_record_cases"`);
    await queryRunner.query(`DROP TABLE "case_reads"`);
    await queryRunner.query(`DROP INDEX "public"."idx_cases_unit_path"`);
    await queryRunner.query(`DROP INDEX "public"."idx_cases_state_published"`);
    await queryRunner.query(`DROP TABLE "cases"`);
  }
}
