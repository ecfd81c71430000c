import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SupervisionNotices1796694226575 implements MigrationInterface {
  name = 'SupervisionNotices1796694226575';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "supervision_notices" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(200) NOT NULL, "intro" text NOT NULL DEFAULT '', "finding_ids" uuid array NOT NULL DEFAULT '{}', "good_practices" jsonb NOT NULL DEFAULT '[]', "name_cadres" boolean NOT NULL DEFAULT false, "scope_unit_id" uuid NOT NULL, "scope_unit_path" text COLLATE "C" NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'draft', "sections" jsonb, "corrects_id" uuid, "published_at" TIMESTAMP WITH TIME ZONE, "published_by_id" uuid, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9b4420fd0c2f761f599285c6ee8" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_supervision_notices_corrects" ON "supervision_notices"  ("corrects_id") `);
    await queryRunner.query(`CREATE INDEX "idx_supervision_notices_published" ON "supervision_notices"  ("published_at") `);
    await queryRunner.query(`CREATE INDEX "idx_supervision_notices_scope_path" ON "supervision_notices"  ("scope_unit_path") `);
    await queryRunner.query(`ALTER TABLE "supervision_notices" ADD CONSTRAINT "fk_supervision_notices_scope_unit" FOREIGN KEY ("scope_unit_id") REFERENCES "org_units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "supervision_notices" ADD CONSTRAINT "fk_supervision_notices_corrects" FOREIGN KEY ("corrects_id") REFERENCES "supervision_notices"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "supervision_notices" ADD CONSTRAINT "fk_supervision_notices_created_by" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "supervision_notices" DROP CONSTRAINT "fk_supervision_notices_created_by"`);
    await queryRunner.query(`ALTER TABLE "supervision_notices" DROP CONSTRAINT "fk_supervision_notices_corrects"`);
    await queryRunner.query(`ALTER TABLE "supervision_notices" DROP CONSTRAINT "fk_supervision_notices_scope_unit"`);
    await queryRunner.query(`DROP INDEX "public"."idx_supervision_notices_scope_path"`);
    await queryRunner.query(`DROP INDEX "public"."idx_supervision_notices_published"`);
    await queryRunner.query(`DROP INDEX "public"."idx_supervision_notices_corrects"`);
    await queryRunner.query(`DROP TABLE "supervision_notices"`);
  }
}
