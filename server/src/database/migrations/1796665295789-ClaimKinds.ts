import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Claims (学时申报) record their kind of training, which decides the requirement line they count toward. Existing claims
 * become `other_centralized` (其他认可的集中培训): before this they all counted as centralised training, so their figures do
 * not move. The column keeps no default afterwards: a new claim must say its kind. Stored online lines (`online`, and
 * the `online_N` lines carried over from training plans) also count claims of online training elsewhere
 * (`offline_online`), as the default online line now does.
 */
export class ClaimKinds1796665295789 implements MigrationInterface {
  name = 'ClaimKinds1796665295789';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Added with a default (which TypeORM cannot generate for a NOT NULL column on a filled table), then dropped.
    await queryRunner.query(`ALTER TABLE "offline_claims" ADD "kind" character varying(24) NOT NULL DEFAULT 'other_centralized'`);
    await queryRunner.query(`ALTER TABLE "offline_claims" ALTER COLUMN "kind" DROP DEFAULT`);
    await queryRunner.query(
      `UPDATE "requirement_lines" SET "sources" = array_append("sources", 'offline_online')
        WHERE ("key" = 'online' OR "key" LIKE 'online\\_%') AND NOT ('offline_online' = ANY("sources"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "requirement_lines" SET "sources" = array_remove("sources", 'offline_online')`);
    await queryRunner.query(`ALTER TABLE "offline_claims" DROP COLUMN "kind"`);
  }
}
