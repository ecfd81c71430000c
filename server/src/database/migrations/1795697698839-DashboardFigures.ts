import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The tables the dashboard figures read, how a changed row names the unit whose figures it changes, and the columns that
 * matter (an update touching none of them, such as a progress report or an autosave, marks nothing). Statement-level
 * triggers with transition tables, so a bulk insert of a million enrolments costs one join per statement, not a trigger
 * call per row. Written by hand below the generated tables: TypeORM does not generate triggers.
 */
const SOURCES: { table: string; unit: (rows: string) => string; columns: string[] }[] = [
  { table: 'users', unit: (rows) => `SELECT r.unit_id FROM ${rows} r`, columns: ['unit_id', 'status', 'rank', 'key_groups', 'appointment_date'] },
  { table: 'enrollments', unit: (rows) => `SELECT u.unit_id FROM ${rows} r JOIN users u ON u.id = r.user_id`, columns: ['user_id', 'status', 'required', 'due_date', 'completed_at', 'created_at'] },
  { table: 'cadre_year_hours', unit: (rows) => `SELECT u.unit_id FROM ${rows} r JOIN users u ON u.id = r.user_id`, columns: ['user_id', 'year', 'total_hours'] },
  { table: 'ledger_entries', unit: (rows) => `SELECT r.unit_id FROM ${rows} r`, columns: ['unit_id', 'year', 'hours', 'earned_at'] },
  { table: 'attempts', unit: (rows) => `SELECT u.unit_id FROM ${rows} r JOIN users u ON u.id = r.user_id`, columns: ['user_id', 'status', 'passed', 'submitted_at'] },
  { table: 'lecture_sessions', unit: (rows) => `SELECT r.host_unit_id FROM ${rows} r`, columns: ['host_unit_id', 'status', 'started_at', 'audience_size'] },
  { table: 'study_records', unit: (rows) => `SELECT r.unit_id FROM ${rows} r`, columns: ['unit_id', 'status', 'held_on'] },
];

const mark = (select: string) => `INSERT INTO dashboard_dirty (unit_id) SELECT DISTINCT x.unit_id FROM (${select}) AS x(unit_id) WHERE x.unit_id IS NOT NULL ON CONFLICT DO NOTHING;`;

function triggerSql(table: string, unit: (rows: string) => string, columns: string[]): string[] {
  const changed = (side: 'n' | 'o') =>
    `(SELECT ${side}.* FROM new_rows n JOIN old_rows o ON ${keyJoin(table)} WHERE (${columns.map((c) => `n.${c}`).join(', ')}) IS DISTINCT FROM (${columns.map((c) => `o.${c}`).join(', ')}))`;
  return [
    `CREATE FUNCTION dashboard_dirty_${table}_ins() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${mark(unit('new_rows'))} RETURN NULL; END $$`,
    `CREATE FUNCTION dashboard_dirty_${table}_del() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${mark(unit('old_rows'))} RETURN NULL; END $$`,
    `CREATE FUNCTION dashboard_dirty_${table}_upd() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${mark(`${unit(changed('n'))} UNION ALL ${unit(changed('o'))}`)} RETURN NULL; END $$`,
    `CREATE TRIGGER dashboard_dirty_ins AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_dirty_${table}_ins()`,
    `CREATE TRIGGER dashboard_dirty_del AFTER DELETE ON ${table} REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_dirty_${table}_del()`,
    `CREATE TRIGGER dashboard_dirty_upd AFTER UPDATE ON ${table} REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_dirty_${table}_upd()`,
  ];
}

/** Rows of the old and new transition tables are paired by primary key. */
function keyJoin(table: string): string {
  return table === 'cadre_year_hours' ? 'o.user_id = n.user_id AND o.year = n.year' : 'o.id = n.id';
}

/** A change of the year's plan rules changes every unit's targets. */
const PLAN_RULES_SQL = [
  `CREATE FUNCTION dashboard_dirty_training_plan_rules() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${mark('SELECT id FROM org_units')} RETURN NULL; END $$`,
  `CREATE TRIGGER dashboard_dirty_all AFTER INSERT OR UPDATE OR DELETE ON training_plan_rules FOR EACH STATEMENT EXECUTE FUNCTION dashboard_dirty_training_plan_rules()`,
];

export class DashboardFigures1795697698839 implements MigrationInterface {
  name = 'DashboardFigures1795697698839';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "dashboard_unit_figures" ("unit_id" uuid NOT NULL, "year" smallint NOT NULL, "dim" character varying(8) NOT NULL, "key" character varying(32) NOT NULL, "cadres" integer NOT NULL DEFAULT '0', "earned" numeric(12,1) NOT NULL DEFAULT '0', "met" integer NOT NULL DEFAULT '0', "req_total" integer NOT NULL DEFAULT '0', "req_done" integer NOT NULL DEFAULT '0', "overdue" integer NOT NULL DEFAULT '0', "takers" integer NOT NULL DEFAULT '0', "passed" integer NOT NULL DEFAULT '0', "sessions" integer NOT NULL DEFAULT '0', "audience" integer NOT NULL DEFAULT '0', "records" integer NOT NULL DEFAULT '0', "hours" numeric(12,1) NOT NULL DEFAULT '0', "computed_on" date NOT NULL, CONSTRAINT "PK_4285844a2348046c447e047c912" PRIMARY KEY ("unit_id", "year", "dim", "key"))`);
    await queryRunner.query(`CREATE TABLE "dashboard_dirty" ("unit_id" uuid NOT NULL, CONSTRAINT "PK_9071d3370423f6ead73f79006a4" PRIMARY KEY ("unit_id"))`);
    for (const { table, unit, columns } of SOURCES) for (const sql of triggerSql(table, unit, columns)) await queryRunner.query(sql);
    for (const sql of PLAN_RULES_SQL) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER dashboard_dirty_all ON training_plan_rules`);
    await queryRunner.query(`DROP FUNCTION dashboard_dirty_training_plan_rules()`);
    for (const { table } of SOURCES) {
      for (const op of ['ins', 'del', 'upd']) {
        await queryRunner.query(`DROP TRIGGER dashboard_dirty_${op} ON ${table}`);
        await queryRunner.query(`DROP FUNCTION dashboard_dirty_${table}_${op}()`);
      }
    }
    await queryRunner.query(`DROP TABLE "dashboard_dirty"`);
    await queryRunner.query(`DROP TABLE "dashboard_unit_figures"`);
  }
}
