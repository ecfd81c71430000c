// The yardstick of `npm run bench -- overhead`: a minimal node:http + pg server that answers the three measured requests
// with exactly the SQL the platform sends for them (imported from the built server), and nothing else: no session, no
// scope, no validation layer, no freshness check. BARE_WORKERS processes share the port (node:cluster), as the
// platform's WEB_CONCURRENCY workers do.
import cluster from 'node:cluster';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const workers = Number(process.env.BARE_WORKERS ?? 1);
if (cluster.isPrimary && workers > 1) {
  for (let i = 0; i < workers; i++) cluster.fork();
} else {
  const require = createRequire(import.meta.url);
  const dist = join(root, 'server', 'dist', 'modules');
  const { UNITS_SQL } = require(join(dist, 'dashboard', 'dashboard.service.js'));
  const { MY_COURSE_SELECT, MY_COURSES_ORDER } = require(join(dist, 'courses', 'enrollments.service.js'));
  const { ATTEMPT_QUESTIONS_SQL, SAVE_ANSWERS_SQL } = require(join(dist, 'quizzes', 'attempts.service.js'));
  // The platform's pool size (typeorm-options: 20 on a PostgreSQL server), split over the workers as the platform's is not:
  // each of its workers has 20, so each bare worker has 20 too.
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 20 });
  const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));
  const send = (res, status, body) => {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  };
  const readBody = (req) =>
    new Promise((resolve, reject) => {
      const chunks = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      req.on('error', reject);
    });
  createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://bare');
      if (req.method === 'GET' && url.pathname === '/dashboard/units') {
        const { rows } = await pool.query(UNITS_SQL, [url.searchParams.get('unit'), year]);
        return send(res, 200, { items: rows });
      }
      if (req.method === 'GET' && url.pathname === '/my/courses') {
        const { rows } = await pool.query(`${MY_COURSE_SELECT} WHERE e.user_id = $1 ${MY_COURSES_ORDER}`, [url.searchParams.get('user')]);
        return send(res, 200, { items: rows });
      }
      const save = /^\/attempts\/([0-9a-f-]{36})\/answers$/.exec(url.pathname);
      if (req.method === 'PUT' && save) {
        const body = JSON.parse(await readBody(req));
        const user = url.searchParams.get('user');
        const { rows: questions } = await pool.query(ATTEMPT_QUESTIONS_SQL, [save[1], user]);
        if (questions.length === 0) return send(res, 404, { code: 'not_found' });
        const { rows } = await pool.query(SAVE_ANSWERS_SQL, [JSON.stringify(body.answers), body.version, save[1], user, 60]);
        return rows[0] ? send(res, 200, { version: rows[0].version, savedAt: rows[0].saved_at }) : send(res, 409, { code: 'stale' });
      }
      send(res, 404, { code: 'not_found' });
    } catch (e) {
      send(res, 500, { message: String(e) });
    }
  }).listen(Number(process.env.PORT), '127.0.0.1');
}
