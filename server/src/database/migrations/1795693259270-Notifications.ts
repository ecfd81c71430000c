import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1795693259270 implements MigrationInterface {
  name = 'Notifications1795693259270';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "reminders" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "sender_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "unit_path" text COLLATE "C" NOT NULL, "unit_ids" uuid array NOT NULL, "year" smallint NOT NULL, "title" character varying(100) NOT NULL, "message" character varying(500) NOT NULL, "include_overdue_cadres" boolean NOT NULL, "admin_recipients" integer NOT NULL DEFAULT '0', "cadre_recipients" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_38715fec7f634b72c6cf7ea4893" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_reminders_unit_path" ON "reminders"  ("unit_path", "created_at") `);
    await queryRunner.query(`CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "reminder_id" uuid, "kind" character varying(24) NOT NULL, "title" character varying(200) NOT NULL, "body" text NOT NULL, "link" character varying(300), "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_notifications_reminder" ON "notifications"  ("reminder_id") `);
    await queryRunner.query(`CREATE INDEX "idx_notifications_user_read" ON "notifications"  ("user_id", "read_at") `);
    await queryRunner.query(`ALTER TABLE "reminders" ADD CONSTRAINT "fk_reminders_sender" FOREIGN KEY ("sender_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "reminders" ADD CONSTRAINT "fk_reminders_unit" FOREIGN KEY ("unit_id") REFERENCES "org_units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "fk_notifications_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "fk_notifications_reminder" FOREIGN KEY ("reminder_id") REFERENCES "reminders"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "fk_notifications_reminder"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "fk_notifications_user"`);
    await queryRunner.query(`ALTER TABLE "reminders" DROP CONSTRAINT "fk_reminders_unit"`);
    await queryRunner.query(`ALTER TABLE "reminders" DROP CONSTRAINT "fk_reminders_sender"`);
    await queryRunner.query(`DROP INDEX "public"."idx_notifications_user_read"`);
    await queryRunner.query(`DROP INDEX "public"."idx_notifications_reminder"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`DROP INDEX "public"."idx_reminders_unit_path"`);
    await queryRunner.query(`DROP TABLE "reminders"`);
  }
}
