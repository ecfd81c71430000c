import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * NOTIFY `cadre_auth` whenever what a session check reads changes, so that every server process can drop what it keeps
 * of it (SessionCache): `s:<session id>` when a session is revoked or deleted, `u:<user id>` when an account's
 * username, name, roles, unit, scope, status or must-change-password changes or the account is deleted, and `*` when a
 * unit's path changes (a move: the paths of everyone below it). Triggers, not calls in the services, so that no write
 * path (a service, a job, a restore, a hand-made fix in psql) can forget it. A notice is sent at commit, only then.
 */
export class AuthChangeNotices1796683120863 implements MigrationInterface {
  name = 'AuthChangeNotices1796683120863';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION auth_notice_session() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('cadre_auth', 's:' || OLD.id::text);
  RETURN NULL;
END $$`);
    await queryRunner.query(`CREATE TRIGGER auth_notice_upd AFTER UPDATE OF revoked_at ON auth_sessions FOR EACH ROW
      WHEN (OLD.revoked_at IS DISTINCT FROM NEW.revoked_at) EXECUTE FUNCTION auth_notice_session()`);
    await queryRunner.query(`CREATE TRIGGER auth_notice_del AFTER DELETE ON auth_sessions FOR EACH ROW EXECUTE FUNCTION auth_notice_session()`);
    await queryRunner.query(`CREATE FUNCTION auth_notice_user() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('cadre_auth', 'u:' || OLD.id::text);
  RETURN NULL;
END $$`);
    await queryRunner.query(`CREATE TRIGGER auth_notice_upd AFTER UPDATE ON users FOR EACH ROW
      WHEN ((OLD.username, OLD.name, OLD.roles, OLD.unit_id, OLD.scope_unit_id, OLD.status, OLD.must_change_password)
            IS DISTINCT FROM (NEW.username, NEW.name, NEW.roles, NEW.unit_id, NEW.scope_unit_id, NEW.status, NEW.must_change_password))
      EXECUTE FUNCTION auth_notice_user()`);
    await queryRunner.query(`CREATE TRIGGER auth_notice_del AFTER DELETE ON users FOR EACH ROW EXECUTE FUNCTION auth_notice_user()`);
    await queryRunner.query(`CREATE FUNCTION auth_notice_units() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE n.path IS DISTINCT FROM o.path) THEN
    PERFORM pg_notify('cadre_auth', '*');
  END IF;
  RETURN NULL;
END $$`);
    await queryRunner.query(`CREATE TRIGGER auth_notice_upd AFTER UPDATE ON org_units REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION auth_notice_units()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER auth_notice_upd ON org_units`);
    await queryRunner.query(`DROP TRIGGER auth_notice_del ON users`);
    await queryRunner.query(`DROP TRIGGER auth_notice_upd ON users`);
    await queryRunner.query(`DROP TRIGGER auth_notice_del ON auth_sessions`);
    await queryRunner.query(`DROP TRIGGER auth_notice_upd ON auth_sessions`);
    await queryRunner.query(`DROP FUNCTION auth_notice_units()`);
    await queryRunner.query(`DROP FUNCTION auth_notice_user()`);
    await queryRunner.query(`DROP FUNCTION auth_notice_session()`);
  }
}
