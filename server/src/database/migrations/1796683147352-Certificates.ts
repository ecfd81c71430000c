import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Certificates1796683147352 implements MigrationInterface {
  name = 'Certificates1796683147352';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "certificates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(16) NOT NULL, "code" character varying(32) COLLATE "C" NOT NULL, "user_id" uuid NOT NULL, "unit_path" text COLLATE "C" NOT NULL, "issuer_unit_path" text COLLATE "C" NOT NULL, "class_id" uuid, "content" jsonb NOT NULL, "fingerprint" character varying(64) NOT NULL, "state" character varying(16) NOT NULL DEFAULT 'valid', "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL, "issued_by_id" uuid, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_by_id" uuid, "revoke_reason" character varying(200), "superseded_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_e4c7e31e2144300bea7d89eb165" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_certificates_code" ON "certificates"  ("code") `);
    await queryRunner.query(`CREATE INDEX "idx_certificates_unit_path" ON "certificates"  ("unit_path") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_certificates_class_user" ON "certificates"  ("class_id", "user_id") WHERE class_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "idx_certificates_user" ON "certificates"  ("user_id", "issued_at") `);
    await queryRunner.query(`CREATE TABLE "certificate_ledger_entries" ("certificate_id" uuid NOT NULL, "ledger_entry_id" uuid NOT NULL, CONSTRAINT "PK_21889c276f33f7c330f28cdab90" PRIMARY KEY ("certificate_id", "ledger_entry_id"))`);
    await queryRunner.query(`CREATE INDEX "idx_certificate_ledger_entries_entry" ON "certificate_ledger_entries"  ("ledger_entry_id") `);
    await queryRunner.query(`ALTER TABLE "certificates" ADD CONSTRAINT "fk_certificates_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "certificate_ledger_entries" ADD CONSTRAINT "fk_certificate_ledger_entries_certificate" FOREIGN KEY ("certificate_id") REFERENCES "certificates"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "certificate_ledger_entries" DROP CONSTRAINT "fk_certificate_ledger_entries_certificate"`);
    await queryRunner.query(`ALTER TABLE "certificates" DROP CONSTRAINT "fk_certificates_user"`);
    await queryRunner.query(`DROP INDEX "public"."idx_certificate_ledger_entries_entry"`);
    await queryRunner.query(`DROP TABLE "certificate_ledger_entries"`);
    await queryRunner.query(`DROP INDEX "public"."idx_certificates_user"`);
    await queryRunner.query(`DROP INDEX "public"."uq_certificates_class_user"`);
    await queryRunner.query(`DROP INDEX "public"."idx_certificates_unit_path"`);
    await queryRunner.query(`DROP INDEX "public"."uq_certificates_code"`);
    await queryRunner.query(`DROP TABLE "certificates"`);
  }
}
