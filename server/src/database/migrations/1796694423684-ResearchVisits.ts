import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ResearchVisits1796694423684 implements MigrationInterface {
  name = 'ResearchVisits1796694423684';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "research_topics" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(200) NOT NULL, "question" text NOT NULL, "unit_id" uuid NOT NULL, "unit_path" text COLLATE "C" NOT NULL, "leader_id" uuid NOT NULL, "period_from" date NOT NULL, "period_to" date NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'ongoing', "report_file_id" uuid, "conclusion" text NOT NULL DEFAULT '', "concluded_on" date, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2b181739f07a7d7c4c15ef8d545" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_research_topics_leader" ON "research_topics"  ("leader_id") `);
    await queryRunner.query(`CREATE INDEX "idx_research_topics_unit_path" ON "research_topics"  ("unit_path") `);
    await queryRunner.query(`CREATE TABLE "research_visits" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "topic_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "unit_path" text COLLATE "C" NOT NULL, "visited_on" date NOT NULL, "notes" text NOT NULL DEFAULT '', "photo_file_ids" uuid array NOT NULL DEFAULT '{}', "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6cec387fd3945fafd1a1d703e13" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_research_visits_unit_path" ON "research_visits"  ("unit_path", "visited_on") `);
    await queryRunner.query(`CREATE INDEX "idx_research_visits_topic" ON "research_visits"  ("topic_id", "visited_on") `);
    await queryRunner.query(`CREATE TABLE "research_problems" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "topic_id" uuid NOT NULL, "visit_id" uuid, "description" text NOT NULL, "concerns" character varying(200) NOT NULL DEFAULT '', "found_on" date NOT NULL, "solver_unit_id" uuid NOT NULL, "solver_unit_path" text COLLATE "C" NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'open', "solved_note" text NOT NULL DEFAULT '', "solved_on" date, "solved_by_id" uuid, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0a777baf1afa8e5ca4991f5358a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_research_problems_solver_path" ON "research_problems"  ("solver_unit_path", "found_on") `);
    await queryRunner.query(`CREATE INDEX "idx_research_problems_topic" ON "research_problems"  ("topic_id") `);
    await queryRunner.query(`ALTER TABLE "research_topics" ADD CONSTRAINT "fk_research_topics_unit" FOREIGN KEY ("unit_id") REFERENCES "org_units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "research_topics" ADD CONSTRAINT "fk_research_topics_leader" FOREIGN KEY ("leader_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "research_topics" ADD CONSTRAINT "fk_research_topics_report_file" FOREIGN KEY ("report_file_id") REFERENCES "stored_files"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "research_topics" ADD CONSTRAINT "fk_research_topics_created_by" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "research_visits" ADD CONSTRAINT "fk_research_visits_topic" FOREIGN KEY ("topic_id") REFERENCES "research_topics"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "research_visits" ADD CONSTRAINT "fk_research_visits_unit" FOREIGN KEY ("unit_id") REFERENCES "org_units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "research_visits" ADD CONSTRAINT "fk_research_visits_created_by" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "research_problems" ADD CONSTRAINT "fk_research_problems_topic" FOREIGN KEY ("topic_id") REFERENCES "research_topics"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "research_problems" ADD CONSTRAINT "fk_research_problems_visit" FOREIGN KEY ("visit_id") REFERENCES "research_visits"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "research_problems" ADD CONSTRAINT "fk_research_problems_solver_unit" FOREIGN KEY ("solver_unit_id") REFERENCES "org_units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "research_problems" ADD CONSTRAINT "fk_research_problems_solved_by" FOREIGN KEY ("solved_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "research_problems" ADD CONSTRAINT "fk_research_problems_created_by" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "research_problems" DROP CONSTRAINT "fk_research_problems_created_by"`);
    await queryRunner.query(`ALTER TABLE "research_problems" DROP CONSTRAINT "fk_research_problems_solved_by"`);
    await queryRunner.query(`ALTER TABLE "research_problems" DROP CONSTRAINT "fk_research_problems_solver_unit"`);
    await queryRunner.query(`ALTER TABLE "research_problems" DROP CONSTRAINT "fk_research_problems_visit"`);
    await queryRunner.query(`ALTER TABLE "research_problems" DROP CONSTRAINT "fk_research_problems_topic"`);
    await queryRunner.query(`ALTER TABLE "research_visits" DROP CONSTRAINT "fk_research_visits_created_by"`);
    await queryRunner.query(`ALTER TABLE "research_visits" DROP CONSTRAINT "fk_research_visits_unit"`);
    await queryRunner.query(`ALTER TABLE "research_visits" DROP CONSTRAINT "fk_research_visits_topic"`);
    await queryRunner.query(`ALTER TABLE "research_topics" DROP CONSTRAINT "fk_research_topics_created_by"`);
    await queryRunner.query(`ALTER TABLE "research_topics" DROP CONSTRAINT "fk_research_topics_report_file"`);
    await queryRunner.query(`ALTER TABLE "research_topics" DROP CONSTRAINT "fk_research_topics_leader"`);
    await queryRunner.query(`ALTER TABLE "research_topics" DROP CONSTRAINT "fk_research_topics_unit"`);
    await queryRunner.query(`DROP INDEX "public"."idx_research_problems_topic"`);
    await queryRunner.query(`DROP INDEX "public"."idx_research_problems_solver_path"`);
    await queryRunner.query(`DROP TABLE "research_problems"`);
    await queryRunner.query(`DROP INDEX "public"."idx_research_visits_topic"`);
    await queryRunner.query(`DROP INDEX "public"."idx_research_visits_unit_path"`);
    await queryRunner.query(`DROP TABLE "research_visits"`);
    await queryRunner.query(`DROP INDEX "public"."idx_research_topics_unit_path"`);
    await queryRunner.query(`DROP INDEX "public"."idx_research_topics_leader"`);
    await queryRunner.query(`DROP TABLE "research_topics"`);
  }
}
