// `DATABASE_URL=… npm run seed:scale -- --cadres 100000`: migrates an empty PostgreSQL database, seeds the demo city
// (same units, courses and demo accounts as the embedded one) by starting the built server once, then grows it in SQL to
// the given number of cadres: more villages, cadres spread over every unit, about ten enrolments each (six in ten
// completed this year) with their ledger entries and yearly totals. Everything set-based, so it stays within minutes.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const url = process.env.DATABASE_URL;
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const target = Number(arg('cadres', '100000'));
if (!url || !/^postgres(ql)?:\/\//.test(url)) {
  console.error('seed:scale needs DATABASE_URL pointing at an empty PostgreSQL database');
  process.exit(2);
}
if (!Number.isInteger(target) || target < 3000 || target > 1_000_000) {
  console.error('--cadres must be a whole number between 3000 and 1000000');
  process.exit(2);
}

const started = Date.now();
const seconds = (from) => `${((Date.now() - from) / 1000).toFixed(1)} s`;

const client = new pg.Client({ connectionString: url });
await client.connect();
const [{ n: existing }] = (
  await client.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'org_units'`)
).rows;
if (existing > 0 && (await client.query('SELECT count(*)::int AS n FROM org_units')).rows[0].n > 0) {
  console.error('The database is not empty: seed:scale builds a city only into an empty database.');
  process.exit(1);
}

// 1. Migrations and the demo city, by the built server itself (so the scale city has exactly the demo accounts).
const port = await new Promise((resolve, reject) => {
  const srv = createServer();
  srv.once('error', reject);
  srv.listen(0, '127.0.0.1', () => {
    const address = srv.address();
    srv.close(() => resolve(address.port));
  });
});
// The data folder the server will run with (DATA_DIR, default ./data, as the server's): the demo's uploaded files and, unless
// ENCRYPTION_KEY is set, the key that encrypts the cadres' phone and ID numbers live there. A throwaway folder here left
// a city whose every encrypted field failed to open (500 on /api/me) under any other folder's key.
const dataDir = resolve(process.env.DATA_DIR ?? 'data');
mkdirSync(dataDir, { recursive: true });
const server = spawn(process.execPath, [join(root, 'server', 'dist', 'main.js')], {
  env: { ...process.env, DATABASE_URL: url, SEED_DEMO: '1', JOBS_ENABLED: '0', WEB_CONCURRENCY: '1', PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'error', SHUTDOWN_DRAIN_SECONDS: '0' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const exited = new Promise((resolve) => server.once('exit', resolve));
let healthy = false;
for (let i = 0; i < 600 && server.exitCode === null; i++) {
  try {
    if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) {
      healthy = true;
      break;
    }
  } catch {
    // not yet
  }
  await new Promise((r) => setTimeout(r, 250));
}
server.kill('SIGTERM');
await exited;
if (!healthy) {
  console.error('The server did not finish migrating and seeding the demo city (run `npm run build` first).');
  process.exit(1);
}
console.log(`Migrated and seeded the demo city in ${seconds(started)}`);

// 2. Grow it in SQL, in one transaction.
const grow = Date.now();
const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));
await client.query('BEGIN');
const [{ n: have }] = (await client.query(`SELECT count(*)::int AS n FROM users`)).rows;
const more = Math.max(0, target - have);
// About forty cadres per village or community: villages enough for the new cadres, spread over the towns.
const villagesPerTown = Math.ceil(more / 40 / 12);
await client.query(
  `WITH v AS (
     SELECT gen_random_uuid() AS id, t.id AS parent_id, t.name || '第' || g || '村' AS name, t.path AS parent_path, t.depth + 1 AS depth, 1000 + g AS sort_order
       FROM org_units t CROSS JOIN generate_series(1, $1) g WHERE t.kind IN ('town', 'subdistrict'))
   INSERT INTO org_units (id, parent_id, name, kind, path, depth, sort_order)
   SELECT id, parent_id, name, 'village', parent_path || id || '/', depth, sort_order FROM v`,
  [villagesPerTown],
);
const [{ hash }] = (await client.query(`SELECT password_hash AS hash FROM users WHERE username = 'cadre01'`)).rows;
// Nine in ten new cadres in villages and communities, the rest in departments and towns.
await client.query(
  `WITH grassroots AS (SELECT array_agg(id ORDER BY path) AS ids FROM org_units WHERE kind IN ('village', 'community')),
        offices AS (SELECT array_agg(id ORDER BY path) AS ids FROM org_units WHERE kind IN ('department', 'town', 'subdistrict'))
   INSERT INTO users (id, username, password_hash, must_change_password, status, roles, name, gender, birth_date, unit_id, rank, position,
                      phone, appointment_date, key_groups)
   SELECT gen_random_uuid(), 's' || i, $2, false, 'active', '{cadre}',
          (ARRAY['王','李','张','刘','陈','杨','赵','黄','周','吴'])[1 + i % 10] || (ARRAY['建国','丽华','文博','志强','海燕','明远','晓东','秀英','国庆','春梅'])[1 + (i / 10) % 10],
          CASE WHEN i % 3 = 0 THEN 'female' ELSE 'male' END,
          make_date(1965 + i % 35, 1 + i % 12, 1 + i % 28),
          CASE WHEN i % 10 = 0 THEN o.ids[1 + i % cardinality(o.ids)] ELSE g.ids[1 + i % cardinality(g.ids)] END,
          (ARRAY['fu_ke','zhuren_keyuan_1','zhuren_keyuan_2','zhuren_keyuan_3','keyuan_1','keyuan_2','other','other','other','zheng_ke'])[1 + i % 10],
          CASE WHEN i % 10 = 0 THEN '科员' ELSE '村（社区）干部' END,
          '139' || lpad((i % 100000000)::text, 8, '0'),
          CASE WHEN i % 50 = 0 THEN make_date($3, 1 + i % 9, 1 + i % 28) END,
          CASE WHEN i % 17 = 0 THEN '{law_enforcement_mid}'::text[] WHEN i % 23 = 0 THEN '{two_new_orgs}'::text[] ELSE '{}'::text[] END
     FROM generate_series(1, $1) i, grassroots g, offices o`,
  [more, hash, year],
);
console.log(`Added ${villagesPerTown * 12} villages and ${more} cadres in ${seconds(grow)}`);

// About ten published courses each, chosen by a hash; six in ten completed at some point of the year so far.
const enrol = Date.now();
const dayOfYear = Math.max(2, Math.floor((Date.now() - Date.parse(`${year}-01-01T00:00:00+08:00`)) / 86_400_000));
await client.query(
  `INSERT INTO enrollments (user_id, course_id, source, required, status, progress_percent, started_at, completed_at, last_activity_at, created_at)
   SELECT u.id, c.id, CASE WHEN c.rn <= 3 THEN 'assigned' ELSE 'self' END, c.rn <= 3,
          CASE WHEN abs(hashtext(u.id::text || c.id::text)) % 10 < 6 THEN 'completed' ELSE 'in_progress' END,
          CASE WHEN abs(hashtext(u.id::text || c.id::text)) % 10 < 6 THEN 100 ELSE abs(hashtext(c.id::text || u.id::text)) % 90 END,
          d.at - interval '10 days',
          CASE WHEN abs(hashtext(u.id::text || c.id::text)) % 10 < 6 THEN d.at END,
          d.at, d.at - interval '20 days'
     FROM users u
     CROSS JOIN LATERAL (
       SELECT id, row_number() OVER (ORDER BY md5(u.id::text || id::text)) AS rn FROM courses WHERE status = 'published'
        ORDER BY md5(u.id::text || id::text) LIMIT 10
     ) c
     CROSS JOIN LATERAL (SELECT make_timestamptz($1, 1, 1, 9, 0, 0, 'Asia/Shanghai') + (abs(hashtext(c.id::text || u.id::text)) % $2) * interval '1 day' AS at) d
    WHERE u.username LIKE 's%' AND u.username ~ '^s[0-9]+$'`,
  [year, dayOfYear],
);
const [{ n: enrollments }] = (await client.query('SELECT count(*)::int AS n FROM enrollments')).rows;
console.log(`Enrolments now ${enrollments} in ${seconds(enrol)}`);

const ledger = Date.now();
await client.query(
  `INSERT INTO ledger_entries (user_id, year, hours, source, source_ref_id, description, unit_id, unit_path, earned_at)
   SELECT e.user_id, $1, c.credit_hours, 'course', e.course_id, left('网络课程：' || c.title, 200), u.unit_id, ou.path, e.completed_at
     FROM enrollments e JOIN courses c ON c.id = e.course_id JOIN users u ON u.id = e.user_id JOIN org_units ou ON ou.id = u.unit_id
    WHERE e.status = 'completed' AND u.username ~ '^s[0-9]+$'`,
  [year],
);
await client.query(
  `INSERT INTO cadre_year_hours (user_id, year, total_hours, course_hours)
   SELECT l.user_id, l.year, sum(l.hours), sum(l.hours) FROM ledger_entries l JOIN users u ON u.id = l.user_id
    WHERE u.username ~ '^s[0-9]+$' GROUP BY l.user_id, l.year`,
);
const [{ n: entries }] = (await client.query('SELECT count(*)::int AS n FROM ledger_entries')).rows;
console.log(`Ledger entries now ${entries} in ${seconds(ledger)}`);
await client.query('COMMIT');
await client.query('ANALYZE');
const [{ n: cadres }] = (await client.query('SELECT count(*)::int AS n FROM users')).rows;
const [{ n: units }] = (await client.query('SELECT count(*)::int AS n FROM org_units')).rows;
await client.end();
console.log(`Scale city: ${units} units, ${cadres} cadres, ${enrollments} enrolments, ${entries} ledger entries in ${seconds(started)}`);
console.log(`Start the server with DATA_DIR=${dataDir}${process.env.ENCRYPTION_KEY ? ' (or the same ENCRYPTION_KEY)' : ''}: its key opens the cadres' encrypted fields.`);
