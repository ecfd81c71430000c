import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Campaign1795691317090 implements MigrationInterface {
  name = 'Campaign1795691317090';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "campaign_areas" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "owner_unit_id" uuid NOT NULL, "name" character varying(100) NOT NULL, "position" smallint NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_campaign_areas_owner_name" UNIQUE ("owner_unit_id", "name"), CONSTRAINT "PK_7634a5e14d32f1da3eb75975fa1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "campaign_tasks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "area_id" uuid NOT NULL, "number" smallint NOT NULL, "title" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT '', "lead_unit_id" uuid NOT NULL, "deadline" date NOT NULL, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_campaign_tasks_area_number" UNIQUE ("area_id", "number"), CONSTRAINT "PK_b772edcdcdaf504517ab9371374" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_campaign_tasks_lead_unit" ON "campaign_tasks"  ("lead_unit_id") `);
    await queryRunner.query(`CREATE TABLE "campaign_task_units" ("task_id" uuid NOT NULL, "unit_id" uuid NOT NULL, CONSTRAINT "PK_74ede2f4fb5c77c69f59f0ba97b" PRIMARY KEY ("task_id", "unit_id"))`);
    await queryRunner.query(`CREATE INDEX "idx_campaign_task_units_unit" ON "campaign_task_units"  ("unit_id") `);
    await queryRunner.query(`CREATE TABLE "campaign_task_updates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "task_id" uuid NOT NULL, "reported_on" date NOT NULL, "note" text NOT NULL, "completed" boolean NOT NULL DEFAULT false, "author_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_07afedb6f18e492794b5275bcf0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_campaign_task_updates_task_reported" ON "campaign_task_updates"  ("task_id", "reported_on", "created_at") `);
    await queryRunner.query(`CREATE TABLE "campaign_update_attachments" ("update_id" uuid NOT NULL, "file_id" uuid NOT NULL, "position" smallint NOT NULL DEFAULT '0', CONSTRAINT "PK_6f321c67008c9d2e50298ce6f0b" PRIMARY KEY ("update_id", "file_id"))`);
    await queryRunner.query(`ALTER TABLE "campaign_areas" ADD CONSTRAINT "fk_campaign_areas_owner_unit" FOREIGN KEY ("owner_unit_id") REFERENCES "org_units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "campaign_tasks" ADD CONSTRAINT "fk_campaign_tasks_area" FOREIGN KEY ("area_id") REFERENCES "campaign_areas"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "campaign_tasks" ADD CONSTRAINT "fk_campaign_tasks_lead_unit" FOREIGN KEY ("lead_unit_id") REFERENCES "org_units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "campaign_tasks" ADD CONSTRAINT "fk_campaign_tasks_created_by" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "campaign_task_units" ADD CONSTRAINT "fk_campaign_task_units_task" FOREIGN KEY ("task_id") REFERENCES "campaign_tasks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "campaign_task_units" ADD CONSTRAINT "fk_campaign_task_units_unit" FOREIGN KEY ("unit_id") REFERENCES "org_units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "campaign_task_updates" ADD CONSTRAINT "fk_campaign_task_updates_task" FOREIGN KEY ("task_id") REFERENCES "campaign_tasks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "campaign_task_updates" ADD CONSTRAINT "fk_campaign_task_updates_author" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "campaign_update_attachments" ADD CONSTRAINT "fk_campaign_update_attachments_update" FOREIGN KEY ("update_id") REFERENCES "campaign_task_updates"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "campaign_update_attachments" ADD CONSTRAINT "fk_campaign_update_attachments_file" FOREIGN KEY ("file_id") REFERENCES "stored_files"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "campaign_update_attachments" DROP CONSTRAINT "fk_campaign_update_attachments_file"`);
    await queryRunner.query(`ALTER TABLE "campaign_update_attachments" DROP CONSTRAINT "fk_campaign_update_attachments_update"`);
    await queryRunner.query(`ALTER TABLE "campaign_task_updates" DROP CONSTRAINT "fk_campaign_task_updates_author"`);
    await queryRunner.query(`ALTER TABLE "campaign_task_updates" DROP CONSTRAINT "fk_campaign_task_updates_task"`);
    await queryRunner.query(`ALTER TABLE "campaign_task_units" DROP CONSTRAINT "fk_campaign_task_units_unit"`);
    await queryRunner.query(`ALTER TABLE "campaign_task_units" DROP CONSTRAINT "fk_campaign_task_units_task"`);
    await queryRunner.query(`ALTER TABLE "campaign_tasks" DROP CONSTRAINT "fk_campaign_tasks_created_by"`);
    await queryRunner.query(`ALTER TABLE "campaign_tasks" DROP CONSTRAINT "fk_campaign_tasks_lead_unit"`);
    await queryRunner.query(`ALTER TABLE "campaign_tasks" DROP CONSTRAINT "fk_campaign_tasks_area"`);
    await queryRunner.query(`ALTER TABLE "campaign_areas" DROP CONSTRAINT "fk_campaign_areas_owner_unit"`);
    await queryRunner.query(`DROP TABLE "campaign_update_attachments"`);
    await queryRunner.query(`DROP INDEX "public"."idx_campaign_task_updates_task_reported"`);
    await queryRunner.query(`DROP TABLE "campaign_task_updates"`);
    await queryRunner.query(`DROP INDEX "public"."idx_campaign_task_units_unit"`);
    await queryRunner.query(`DROP TABLE "campaign_task_units"`);
    await queryRunner.query(`DROP INDEX "public"."idx_campaign_tasks_lead_unit"`);
    await queryRunner.query(`DROP TABLE "campaign_tasks"`);
    await queryRunner.query(`DROP TABLE "campaign_areas"`);
  }
}
