import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddCampaignMeetings1796682616646 implements MigrationInterface {
  name = 'AddCampaignMeetings1796682616646';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "campaign_meetings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "owner_unit_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "held_on" date NOT NULL, "title" character varying(200) NOT NULL, "chair_id" uuid NOT NULL, "agenda" text array NOT NULL DEFAULT '{}', "minutes" text NOT NULL DEFAULT '', "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6e23eb236c5c9ba3f29a0558c1d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_campaign_meetings_owner_held" ON "campaign_meetings"  ("owner_unit_id", "held_on") `);
    await queryRunner.query(`CREATE TABLE "campaign_meeting_attendees" ("meeting_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_624e0b038c18bfa67e7caf86145" PRIMARY KEY ("meeting_id", "user_id"))`);
    await queryRunner.query(`CREATE INDEX "idx_campaign_meeting_attendees_user" ON "campaign_meeting_attendees"  ("user_id") `);
    await queryRunner.query(`CREATE TABLE "campaign_meeting_units" ("meeting_id" uuid NOT NULL, "unit_id" uuid NOT NULL, CONSTRAINT "PK_090a5671a4986593af945ca576b" PRIMARY KEY ("meeting_id", "unit_id"))`);
    await queryRunner.query(`CREATE INDEX "idx_campaign_meeting_units_unit" ON "campaign_meeting_units"  ("unit_id") `);
    await queryRunner.query(`CREATE TABLE "campaign_meeting_attachments" ("meeting_id" uuid NOT NULL, "file_id" uuid NOT NULL, "position" smallint NOT NULL DEFAULT '0', CONSTRAINT "PK_387e06fcb5241dad7a5efbc43a1" PRIMARY KEY ("meeting_id", "file_id"))`);
    await queryRunner.query(`CREATE TABLE "campaign_decisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "position" smallint NOT NULL DEFAULT '0', "content" text NOT NULL, "owner_unit_id" uuid NOT NULL, "deadline" date NOT NULL, "task_id" uuid, "done_on" date, "done_note" text NOT NULL DEFAULT '', "done_by_id" uuid, "overdue_notified_for" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7d1061bf1881beb5cdc91bfd7dc" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_campaign_decisions_task" ON "campaign_decisions"  ("task_id") `);
    await queryRunner.query(`CREATE INDEX "idx_campaign_decisions_owner_unit" ON "campaign_decisions"  ("owner_unit_id", "deadline") `);
    await queryRunner.query(`CREATE INDEX "idx_campaign_decisions_meeting" ON "campaign_decisions"  ("meeting_id", "position") `);
    await queryRunner.query(`ALTER TABLE "campaign_meetings" ADD CONSTRAINT "fk_campaign_meetings_owner_unit" FOREIGN KEY ("owner_unit_id") REFERENCES "org_units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "campaign_meetings" ADD CONSTRAINT "fk_campaign_meetings_chair" FOREIGN KEY ("chair_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "campaign_meetings" ADD CONSTRAINT "fk_campaign_meetings_created_by" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "campaign_meeting_attendees" ADD CONSTRAINT "fk_campaign_meeting_attendees_meeting" FOREIGN KEY ("meeting_id") REFERENCES "campaign_meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "campaign_meeting_attendees" ADD CONSTRAINT "fk_campaign_meeting_attendees_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "campaign_meeting_units" ADD CONSTRAINT "fk_campaign_meeting_units_meeting" FOREIGN KEY ("meeting_id") REFERENCES "campaign_meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "campaign_meeting_units" ADD CONSTRAINT "fk_campaign_meeting_units_unit" FOREIGN KEY ("unit_id") REFERENCES "org_units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "campaign_meeting_attachments" ADD CONSTRAINT "fk_campaign_meeting_attachments_meeting" FOREIGN KEY ("meeting_id") REFERENCES "campaign_meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "campaign_meeting_attachments" ADD CONSTRAINT "fk_campaign_meeting_attachments_file" FOREIGN KEY ("file_id") REFERENCES "stored_files"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "campaign_decisions" ADD CONSTRAINT "fk_campaign_decisions_meeting" FOREIGN KEY ("meeting_id") REFERENCES "campaign_meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "campaign_decisions" ADD CONSTRAINT "fk_campaign_decisions_owner_unit" FOREIGN KEY ("owner_unit_id") REFERENCES "org_units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "campaign_decisions" ADD CONSTRAINT "fk_campaign_decisions_task" FOREIGN KEY ("task_id") REFERENCES "campaign_tasks"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "campaign_decisions" ADD CONSTRAINT "fk_campaign_decisions_done_by" FOREIGN KEY ("done_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "campaign_decisions" DROP CONSTRAINT "fk_campaign_decisions_done_by"`);
    await queryRunner.query(`ALTER TABLE "campaign_decisions" DROP CONSTRAINT "fk_campaign_decisions_task"`);
    await queryRunner.query(`ALTER TABLE "campaign_decisions" DROP CONSTRAINT "fk_campaign_decisions_owner_unit"`);
    await queryRunner.query(`ALTER TABLE "campaign_decisions" DROP CONSTRAINT "fk_campaign_decisions_meeting"`);
    await queryRunner.query(`ALTER TABLE "campaign_meeting_attachments" DROP CONSTRAINT "fk_campaign_meeting_attachments_file"`);
    await queryRunner.query(`ALTER TABLE "campaign_meeting_attachments" DROP CONSTRAINT "fk_campaign_meeting_attachments_meeting"`);
    await queryRunner.query(`ALTER TABLE "campaign_meeting_units" DROP CONSTRAINT "fk_campaign_meeting_units_unit"`);
    await queryRunner.query(`ALTER TABLE "campaign_meeting_units" DROP CONSTRAINT "fk_campaign_meeting_units_meeting"`);
    await queryRunner.query(`ALTER TABLE "campaign_meeting_attendees" DROP CONSTRAINT "fk_campaign_meeting_attendees_user"`);
    await queryRunner.query(`ALTER TABLE "campaign_meeting_attendees" DROP CONSTRAINT "fk_campaign_meeting_attendees_meeting"`);
    await queryRunner.query(`ALTER TABLE "campaign_meetings" DROP CONSTRAINT "fk_campaign_meetings_created_by"`);
    await queryRunner.query(`ALTER TABLE "campaign_meetings" DROP CONSTRAINT "fk_campaign_meetings_chair"`);
    await queryRunner.query(`ALTER TABLE "campaign_meetings" DROP CONSTRAINT "fk_campaign_meetings_owner_unit"`);
    await queryRunner.query(`DROP INDEX "public"."idx_campaign_decisions_meeting"`);
    await queryRunner.query(`DROP INDEX "public"."idx_campaign_decisions_owner_unit"`);
    await queryRunner.query(`DROP INDEX "public"."idx_campaign_decisions_task"`);
    await queryRunner.query(`DROP TABLE "campaign_decisions"`);
    await queryRunner.query(`DROP TABLE "campaign_meeting_attachments"`);
    await queryRunner.query(`DROP INDEX "public"."idx_campaign_meeting_units_unit"`);
    await queryRunner.query(`DROP TABLE "campaign_meeting_units"`);
    await queryRunner.query(`DROP INDEX "public"."idx_campaign_meeting_attendees_user"`);
    await queryRunner.query(`DROP TABLE "campaign_meeting_attendees"`);
    await queryRunner.query(`DROP INDEX "public"."idx_campaign_meetings_owner_held"`);
    await queryRunner.query(`DROP TABLE "campaign_meetings"`);
  }
}
