import type { MigrationInterface, QueryRunner } from 'typeorm';

const mark = (select: string) => `INSERT INTO dashboard_dirty (unit_id) SELECT DISTINCT x.unit_id FROM (${select}) AS x(unit_id) WHERE x.unit_id IS NOT NULL ON CONFLICT DO NOTHING;`;

/** A claim's kind and dates decide which line its hours and days count toward (the ledger keeps no kind). */
const CLAIM_COLUMNS = ['kind', 'start_date', 'end_date'];
const claimUnits = (rows: string) => `SELECT u.unit_id FROM ${rows} r JOIN users u ON u.id = r.user_id`;
const changedClaims = (side: 'n' | 'o') =>
  `(SELECT ${side}.* FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE (${CLAIM_COLUMNS.map((c) => `n.${c}`).join(', ')}) IS DISTINCT FROM (${CLAIM_COLUMNS.map((c) => `o.${c}`).join(', ')}))`;

/**
 * The dashboard counts 达标 by the requirement lines (issue 15): its kept figures gain `assessed` (cadres to whom at least
 * one line applies, the 达标率's denominator) and per-line rows (`dim` 'line'). A change of the lines marks every unit
 * changed, as a change of the training plan did; the plan no longer counts, so its trigger goes. A claim's kind or dates
 * changing marks its cadre's unit. The kept figures are a cache of the old definition: dropped, recomputed on the next
 * read or by the scheduled job. Triggers are written by hand: TypeORM does not generate them.
 */
export class DashboardRequirementLines1796671500000 implements MigrationInterface {
  name = 'DashboardRequirementLines1796671500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "dashboard_unit_figures" ADD "assessed" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`DELETE FROM "dashboard_unit_figures"`);
    await queryRunner.query(`DROP TRIGGER dashboard_dirty_all ON training_plan_rules`);
    await queryRunner.query(`DROP FUNCTION dashboard_dirty_training_plan_rules()`);
    await queryRunner.query(`CREATE FUNCTION dashboard_dirty_requirement_lines() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${mark('SELECT id FROM org_units')} RETURN NULL; END $$`);
    await queryRunner.query(`CREATE TRIGGER dashboard_dirty_all AFTER INSERT OR UPDATE OR DELETE ON requirement_lines FOR EACH STATEMENT EXECUTE FUNCTION dashboard_dirty_requirement_lines()`);
    await queryRunner.query(`CREATE FUNCTION dashboard_dirty_offline_claims_ins() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${mark(claimUnits('new_rows'))} RETURN NULL; END $$`);
    await queryRunner.query(`CREATE FUNCTION dashboard_dirty_offline_claims_del() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${mark(claimUnits('old_rows'))} RETURN NULL; END $$`);
    await queryRunner.query(
      `CREATE FUNCTION dashboard_dirty_offline_claims_upd() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${mark(`${claimUnits(changedClaims('n'))} UNION ALL ${claimUnits(changedClaims('o'))}`)} RETURN NULL; END $$`,
    );
    await queryRunner.query(`CREATE TRIGGER dashboard_dirty_ins AFTER INSERT ON offline_claims REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_dirty_offline_claims_ins()`);
    await queryRunner.query(`CREATE TRIGGER dashboard_dirty_del AFTER DELETE ON offline_claims REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_dirty_offline_claims_del()`);
    await queryRunner.query(
      `CREATE TRIGGER dashboard_dirty_upd AFTER UPDATE ON offline_claims REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_dirty_offline_claims_upd()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const op of ['ins', 'del', 'upd']) {
      await queryRunner.query(`DROP TRIGGER dashboard_dirty_${op} ON offline_claims`);
      await queryRunner.query(`DROP FUNCTION dashboard_dirty_offline_claims_${op}()`);
    }
    await queryRunner.query(`DROP TRIGGER dashboard_dirty_all ON requirement_lines`);
    await queryRunner.query(`DROP FUNCTION dashboard_dirty_requirement_lines()`);
    await queryRunner.query(`CREATE FUNCTION dashboard_dirty_training_plan_rules() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${mark('SELECT id FROM org_units')} RETURN NULL; END $$`);
    await queryRunner.query(`CREATE TRIGGER dashboard_dirty_all AFTER INSERT OR UPDATE OR DELETE ON training_plan_rules FOR EACH STATEMENT EXECUTE FUNCTION dashboard_dirty_training_plan_rules()`);
    await queryRunner.query(`DELETE FROM "dashboard_unit_figures"`);
    await queryRunner.query(`ALTER TABLE "dashboard_unit_figures" DROP COLUMN "assessed"`);
  }
}
