import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TalentPool1795697813664 implements MigrationInterface {
  name = 'TalentPool1795697813664';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "talent_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'nominated', "track" character varying(16), "reasons" text NOT NULL, "criteria_problems" jsonb NOT NULL DEFAULT '[]', "override_reason" character varying(500), "nominated_by_id" uuid NOT NULL, "nominated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "decided_by_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "decision_reason" character varying(500), "admitted_on" date, "mentor_name" character varying(50), "mentor_post" character varying(100), "new_post" character varying(100), "closed_reason" character varying(500), "closed_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b1ef6b0a5559314cccf1b34a38a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_talent_entries_status" ON "talent_entries"  ("status") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_talent_entries_open" ON "talent_entries"  ("user_id") WHERE status IN ('nominated', 'in_pool')`);
    await queryRunner.query(`CREATE INDEX "idx_talent_entries_user" ON "talent_entries"  ("user_id") `);
    await queryRunner.query(`CREATE TABLE "talent_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "entry_id" uuid NOT NULL, "action" character varying(24) NOT NULL, "to_status" character varying(16), "note" character varying(500) NOT NULL DEFAULT '', "actor_id" uuid NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ca3e634a624f8a364eea01893c6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_talent_events_entry" ON "talent_events"  ("entry_id") `);
    await queryRunner.query(`CREATE TABLE "talent_milestones" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "entry_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "due_on" date NOT NULL, "done_on" date, "position" smallint NOT NULL DEFAULT '0', CONSTRAINT "PK_9e9bce2d4da25eb02ec90c54235" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_talent_milestones_due" ON "talent_milestones"  ("due_on") `);
    await queryRunner.query(`CREATE INDEX "idx_talent_milestones_entry" ON "talent_milestones"  ("entry_id") `);
    await queryRunner.query(`CREATE TABLE "talent_notes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "entry_id" uuid NOT NULL, "written_on" date NOT NULL, "note" text NOT NULL, "author_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6156f00d1159c2beb90492e01f4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_talent_notes_entry" ON "talent_notes"  ("entry_id") `);
    await queryRunner.query(`CREATE TABLE "talent_evaluations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "entry_id" uuid NOT NULL, "year" smallint NOT NULL, "grade" character varying(24) NOT NULL, "comment" text NOT NULL DEFAULT '', "recorded_by_id" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4ef611f85ff3451092e84154146" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_talent_evaluations_entry_year" ON "talent_evaluations"  ("entry_id", "year") `);
    await queryRunner.query(`CREATE TABLE "talent_secondments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "entry_id" uuid NOT NULL, "host_city" character varying(50) NOT NULL, "host_unit" character varying(100) NOT NULL, "post" character varying(100) NOT NULL, "from_on" date NOT NULL, "to_on" date NOT NULL, "state" character varying(16) NOT NULL DEFAULT 'planned', "report" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0b6c0067ee5e1a953ef6822d383" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_talent_secondments_period" ON "talent_secondments"  ("from_on", "to_on") `);
    await queryRunner.query(`CREATE INDEX "idx_talent_secondments_entry" ON "talent_secondments"  ("entry_id") `);
    await queryRunner.query(`ALTER TABLE "talent_entries" ADD CONSTRAINT "fk_talent_entries_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "talent_entries" ADD CONSTRAINT "fk_talent_entries_nominated_by" FOREIGN KEY ("nominated_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "talent_events" ADD CONSTRAINT "fk_talent_events_entry" FOREIGN KEY ("entry_id") REFERENCES "talent_entries"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "talent_events" ADD CONSTRAINT "fk_talent_events_actor" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "talent_milestones" ADD CONSTRAINT "fk_talent_milestones_entry" FOREIGN KEY ("entry_id") REFERENCES "talent_entries"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "talent_notes" ADD CONSTRAINT "fk_talent_notes_entry" FOREIGN KEY ("entry_id") REFERENCES "talent_entries"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "talent_notes" ADD CONSTRAINT "fk_talent_notes_author" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "talent_evaluations" ADD CONSTRAINT "fk_talent_evaluations_entry" FOREIGN KEY ("entry_id") REFERENCES "talent_entries"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "talent_secondments" ADD CONSTRAINT "fk_talent_secondments_entry" FOREIGN KEY ("entry_id") REFERENCES "talent_entries"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`CREATE TABLE "talent_posts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "entry_id" uuid NOT NULL, "post" character varying(100) NOT NULL, "unit_name" character varying(100) NOT NULL, "from_on" date NOT NULL, "to_on" date, "position" smallint NOT NULL DEFAULT '0', CONSTRAINT "PK_4e303098975ab3854f86f7dfd7f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_talent_posts_entry" ON "talent_posts"  ("entry_id") `);
    await queryRunner.query(`ALTER TABLE "talent_posts" ADD CONSTRAINT "fk_talent_posts_entry" FOREIGN KEY ("entry_id") REFERENCES "talent_entries"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "talent_posts" DROP CONSTRAINT "fk_talent_posts_entry"`);
    await queryRunner.query(`DROP INDEX "public"."idx_talent_posts_entry"`);
    await queryRunner.query(`DROP TABLE "talent_posts"`);
    await queryRunner.query(`ALTER TABLE "talent_secondments" DROP CONSTRAINT "fk_talent_secondments_entry"`);
    await queryRunner.query(`ALTER TABLE "talent_evaluations" DROP CONSTRAINT "fk_talent_evaluations_entry"`);
    await queryRunner.query(`ALTER TABLE "talent_notes" DROP CONSTRAINT "fk_talent_notes_author"`);
    await queryRunner.query(`ALTER TABLE "talent_notes" DROP CONSTRAINT "fk_talent_notes_entry"`);
    await queryRunner.query(`ALTER TABLE "talent_milestones" DROP CONSTRAINT "fk_talent_milestones_entry"`);
    await queryRunner.query(`ALTER TABLE "talent_events" DROP CONSTRAINT "fk_talent_events_actor"`);
    await queryRunner.query(`ALTER TABLE "talent_events" DROP CONSTRAINT "fk_talent_events_entry"`);
    await queryRunner.query(`ALTER TABLE "talent_entries" DROP CONSTRAINT "fk_talent_entries_nominated_by"`);
    await queryRunner.query(`ALTER TABLE "talent_entries" DROP CONSTRAINT "fk_talent_entries_user"`);
    await queryRunner.query(`DROP INDEX "public"."idx_talent_secondments_entry"`);
    await queryRunner.query(`DROP INDEX "public"."idx_talent_secondments_period"`);
    await queryRunner.query(`DROP TABLE "talent_secondments"`);
    await queryRunner.query(`DROP INDEX "public"."uq_talent_evaluations_entry_year"`);
    await queryRunner.query(`DROP TABLE "talent_evaluations"`);
    await queryRunner.query(`DROP INDEX "public"."idx_talent_notes_entry"`);
    await queryRunner.query(`DROP TABLE "talent_notes"`);
    await queryRunner.query(`DROP INDEX "public"."idx_talent_milestones_entry"`);
    await queryRunner.query(`DROP INDEX "public"."idx_talent_milestones_due"`);
    await queryRunner.query(`DROP TABLE "talent_milestones"`);
    await queryRunner.query(`DROP INDEX "public"."idx_talent_events_entry"`);
    await queryRunner.query(`DROP TABLE "talent_events"`);
    await queryRunner.query(`DROP INDEX "public"."idx_talent_entries_user"`);
    await queryRunner.query(`DROP INDEX "public"."uq_talent_entries_open"`);
    await queryRunner.query(`DROP INDEX "public"."idx_talent_entries_status"`);
    await queryRunner.query(`DROP TABLE "talent_entries"`);
  }
}
