import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Publicity1796694564671 implements MigrationInterface {
  name = 'Publicity1796694564671';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "publicity_channels" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "owner_unit_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "name" character varying(100) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_953cb2cf553145bfbc754972ef3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_publicity_channels_owner_name" ON "publicity_channels"  ("owner_unit_id", "name") `);
    await queryRunner.query(`CREATE TABLE "publicity_columns" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "channel_id" uuid NOT NULL, "name" character varying(100) NOT NULL, "starts_on" date NOT NULL, "ends_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_41fa9c10ce2677914bd1407b138" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_publicity_columns_channel_name" ON "publicity_columns"  ("channel_id", "name") `);
    await queryRunner.query(`CREATE TABLE "publicity_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "published_on" date NOT NULL, "channel_id" uuid NOT NULL, "column_id" uuid, "title" character varying(300) NOT NULL, "link" character varying(1000), "file_id" uuid, "unit_id" uuid NOT NULL, "unit_path" text COLLATE "C" NOT NULL, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7265800c68a47b3fe1d49044b7e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_publicity_items_column" ON "publicity_items"  ("column_id") `);
    await queryRunner.query(`CREATE INDEX "idx_publicity_items_channel" ON "publicity_items"  ("channel_id", "published_on") `);
    await queryRunner.query(`CREATE INDEX "idx_publicity_items_unit_path_published" ON "publicity_items"  ("unit_path", "published_on") `);
    await queryRunner.query(`CREATE TABLE "publicity_episodes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "channel_id" uuid NOT NULL, "aired_on" date NOT NULL, "topic" character varying(200) NOT NULL, "guests" text array NOT NULL DEFAULT '{}', "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_69ca8c5c445dc0efaab6fe5baf3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_publicity_episodes_channel_aired" ON "publicity_episodes"  ("channel_id", "aired_on") `);
    await queryRunner.query(`CREATE TABLE "publicity_contests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "owner_unit_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "title" character varying(200) NOT NULL, "held_on" date NOT NULL, "first_prizes" smallint NOT NULL, "second_prizes" smallint NOT NULL, "third_prizes" smallint NOT NULL, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fcc1b809ce510458ca176c408e5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_publicity_contests_owner_held" ON "publicity_contests"  ("owner_unit_id", "held_on") `);
    await queryRunner.query(`CREATE TABLE "publicity_contest_rounds" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "contest_id" uuid NOT NULL, "position" smallint NOT NULL, "name" character varying(50) NOT NULL, CONSTRAINT "PK_66ec2d20b64ea69f359ff977a5c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_publicity_contest_rounds_contest" ON "publicity_contest_rounds"  ("contest_id", "position") `);
    await queryRunner.query(`CREATE TABLE "publicity_contest_judges" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "contest_id" uuid NOT NULL, "position" smallint NOT NULL, "name" character varying(50) NOT NULL, CONSTRAINT "PK_fe9e83ae8f6a62b7c35354ce578" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_publicity_contest_judges_contest" ON "publicity_contest_judges"  ("contest_id", "position") `);
    await queryRunner.query(`CREATE TABLE "publicity_contest_entrants" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "contest_id" uuid NOT NULL, "position" smallint NOT NULL, "name" character varying(50) NOT NULL, "unit_id" uuid NOT NULL, "topic" character varying(200) NOT NULL DEFAULT '', CONSTRAINT "PK_21ce586667790175aca87e5b29f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_publicity_contest_entrants_unit" ON "publicity_contest_entrants"  ("unit_id") `);
    await queryRunner.query(`CREATE INDEX "idx_publicity_contest_entrants_contest" ON "publicity_contest_entrants"  ("contest_id", "position") `);
    await queryRunner.query(`CREATE TABLE "publicity_contest_scores" ("round_id" uuid NOT NULL, "entrant_id" uuid NOT NULL, "judge_id" uuid NOT NULL, "hundredths" integer NOT NULL, CONSTRAINT "PK_76c78e7dac8bcda15cf01508a41" PRIMARY KEY ("round_id", "entrant_id", "judge_id"))`);
    await queryRunner.query(`ALTER TABLE "publicity_channels" ADD CONSTRAINT "fk_publicity_channels_owner_unit" FOREIGN KEY ("owner_unit_id") REFERENCES "org_units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "publicity_columns" ADD CONSTRAINT "fk_publicity_columns_channel" FOREIGN KEY ("channel_id") REFERENCES "publicity_channels"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "publicity_items" ADD CONSTRAINT "fk_publicity_items_channel" FOREIGN KEY ("channel_id") REFERENCES "publicity_channels"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "publicity_items" ADD CONSTRAINT "fk_publicity_items_column" FOREIGN KEY ("column_id") REFERENCES "publicity_columns"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "publicity_items" ADD CONSTRAINT "fk_publicity_items_file" FOREIGN KEY ("file_id") REFERENCES "stored_files"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "publicity_items" ADD CONSTRAINT "fk_publicity_items_unit" FOREIGN KEY ("unit_id") REFERENCES "org_units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "publicity_items" ADD CONSTRAINT "fk_publicity_items_created_by" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "publicity_episodes" ADD CONSTRAINT "fk_publicity_episodes_channel" FOREIGN KEY ("channel_id") REFERENCES "publicity_channels"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "publicity_episodes" ADD CONSTRAINT "fk_publicity_episodes_created_by" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "publicity_contests" ADD CONSTRAINT "fk_publicity_contests_owner_unit" FOREIGN KEY ("owner_unit_id") REFERENCES "org_units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "publicity_contests" ADD CONSTRAINT "fk_publicity_contests_created_by" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "publicity_contest_rounds" ADD CONSTRAINT "fk_publicity_contest_rounds_contest" FOREIGN KEY ("contest_id") REFERENCES "publicity_contests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "publicity_contest_judges" ADD CONSTRAINT "fk_publicity_contest_judges_contest" FOREIGN KEY ("contest_id") REFERENCES "publicity_contests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "publicity_contest_entrants" ADD CONSTRAINT "fk_publicity_contest_entrants_contest" FOREIGN KEY ("contest_id") REFERENCES "publicity_contests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "publicity_contest_entrants" ADD CONSTRAINT "fk_publicity_contest_entrants_unit" FOREIGN KEY ("unit_id") REFERENCES "org_units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "publicity_contest_scores" ADD CONSTRAINT "fk_publicity_contest_scores_round" FOREIGN KEY ("round_id") REFERENCES "publicity_contest_rounds"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "publicity_contest_scores" ADD CONSTRAINT "fk_publicity_contest_scores_entrant" FOREIGN KEY ("entrant_id") REFERENCES "publicity_contest_entrants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "publicity_contest_scores" ADD CONSTRAINT "fk_publicity_contest_scores_judge" FOREIGN KEY ("judge_id") REFERENCES "publicity_contest_judges"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "publicity_contest_scores" DROP CONSTRAINT "fk_publicity_contest_scores_judge"`);
    await queryRunner.query(`ALTER TABLE "publicity_contest_scores" DROP CONSTRAINT "fk_publicity_contest_scores_entrant"`);
    await queryRunner.query(`ALTER TABLE "publicity_contest_scores" DROP CONSTRAINT "fk_publicity_contest_scores_round"`);
    await queryRunner.query(`ALTER TABLE "publicity_contest_entrants" DROP CONSTRAINT "fk_publicity_contest_entrants_unit"`);
    await queryRunner.query(`ALTER TABLE "publicity_contest_entrants" DROP CONSTRAINT "fk_publicity_contest_entrants_contest"`);
    await queryRunner.query(`ALTER TABLE "publicity_contest_judges" DROP CONSTRAINT "fk_publicity_contest_judges_contest"`);
    await queryRunner.query(`ALTER TABLE "publicity_contest_rounds" DROP CONSTRAINT "fk_publicity_contest_rounds_contest"`);
    await queryRunner.query(`ALTER TABLE "publicity_contests" DROP CONSTRAINT "fk_publicity_contests_created_by"`);
    await queryRunner.query(`ALTER TABLE "publicity_contests" DROP CONSTRAINT "fk_publicity_contests_owner_unit"`);
    await queryRunner.query(`ALTER TABLE "publicity_episodes" DROP CONSTRAINT "fk_publicity_episodes_created_by"`);
    await queryRunner.query(`ALTER TABLE "publicity_episodes" DROP CONSTRAINT "fk_publicity_episodes_channel"`);
    await queryRunner.query(`ALTER TABLE "publicity_items" DROP CONSTRAINT "fk_publicity_items_created_by"`);
    await queryRunner.query(`ALTER TABLE "publicity_items" DROP CONSTRAINT "fk_publicity_items_unit"`);
    await queryRunner.query(`ALTER TABLE "publicity_items" DROP CONSTRAINT "fk_publicity_items_file"`);
    await queryRunner.query(`ALTER TABLE "publicity_items" DROP CONSTRAINT "fk_publicity_items_column"`);
    await queryRunner.query(`ALTER TABLE "publicity_items" DROP CONSTRAINT "fk_publicity_items_channel"`);
    await queryRunner.query(`ALTER TABLE "publicity_columns" DROP CONSTRAINT "fk_publicity_columns_channel"`);
    await queryRunner.query(`ALTER TABLE "publicity_channels" DROP CONSTRAINT "fk_publicity_channels_owner_unit"`);
    await queryRunner.query(`DROP TABLE "publicity_contest_scores"`);
    await queryRunner.query(`DROP INDEX "public"."idx_publicity_contest_entrants_contest"`);
    await queryRunner.query(`DROP INDEX "public"."idx_publicity_contest_entrants_unit"`);
    await queryRunner.query(`DROP TABLE "publicity_contest_entrants"`);
    await queryRunner.query(`DROP INDEX "public"."idx_publicity_contest_judges_contest"`);
    await queryRunner.query(`DROP TABLE "publicity_contest_judges"`);
    await queryRunner.query(`DROP INDEX "public"."idx_publicity_contest_rounds_contest"`);
    await queryRunner.query(`DROP TABLE "publicity_contest_rounds"`);
    await queryRunner.query(`DROP INDEX "public"."idx_publicity_contests_owner_held"`);
    await queryRunner.query(`DROP TABLE "publicity_contests"`);
    await queryRunner.query(`DROP INDEX "public"."idx_publicity_episodes_channel_aired"`);
    await queryRunner.query(`DROP TABLE "publicity_episodes"`);
    await queryRunner.query(`DROP INDEX "public"."idx_publicity_items_unit_path_published"`);
    await queryRunner.query(`DROP INDEX "public"."idx_publicity_items_channel"`);
    await queryRunner.query(`DROP INDEX "public"."idx_publicity_items_column"`);
    await queryRunner.query(`DROP TABLE "publicity_items"`);
    await queryRunner.query(`DROP INDEX "public"."uq_publicity_columns_channel_name"`);
    await queryRunner.query(`DROP TABLE "publicity_columns"`);
    await queryRunner.query(`DROP INDEX "public"."uq_publicity_channels_owner_name"`);
    await queryRunner.query(`DROP TABLE "publicity_channels"`);
  }
}
