// `npm run backup [-- --out <path>]`: a consistent backup of the platform's data.
//
// With DATABASE_URL (a PostgreSQL server): `pg_dump --format=custom` to backups/cadre-<timestamp>.dump (an online,
// transactionally consistent snapshot; the servers keep running), then the uploaded files and the kept secrets of
// DATA_DIR (uploads/, secrets.json) to backups/cadre-<timestamp>.files.tar.gz beside it. The dump is taken first: every
// file a dumped row refers to was uploaded before the dump, so it is in the archive.
//
// Without DATABASE_URL (the embedded PGlite database in DATA_DIR, default ./data): PGlite's files cannot be copied while
// a server writes them, and the embedded server accepts no second connection, so the backup refuses while a server
// holds DATA_DIR (its pgdata.lock names a live process), holds that lock itself while it copies (a server started
// meanwhile refuses to start), and writes backups/cadre-<timestamp>.tar.gz with pgdata/, uploads/ and secrets.json.
//
// secrets.json holds the generated JWT secret and the key that encrypts ID numbers at rest (when JWT_SECRET and
// ENCRYPTION_KEY are not set): without it restored ID numbers cannot be read. Keep backups as safe as the database.
// `npm run restore -- <file>` (scripts/restore.mjs) reads either kind.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';

export const LOCK_FILE = 'pgdata.lock';
/** What of DATA_DIR a backup keeps besides the database: uploaded files (not half-received ones) and kept secrets. */
export const KEPT_FILES = ['uploads', 'secrets.json'];
const INCOMING = 'uploads/.incoming';

export function fail(message) {
  console.error(`\n${message}\n`);
  process.exit(1);
}

export function dataDirOf(env = process.env) {
  return resolve(env.DATA_DIR?.trim() || './data');
}

export function databaseUrlOf(env = process.env) {
  return env.DATABASE_URL?.trim() || undefined;
}

/**
 * libpq arguments for a postgres:// URL, with the password moved to PGPASSWORD so that it never shows in `ps`.
 * Returns the URL without the password (for -d / --dbname) and the environment to run the client tool with.
 */
export function libpqTarget(url, env = process.env) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    fail('DATABASE_URL is not a valid postgres:// URL');
  }
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  const shown = `${parsed.hostname}${parsed.port ? `:${parsed.port}` : ''}${parsed.pathname}`;
  return { dbname: parsed.toString(), shown, env: password ? { ...env, PGPASSWORD: password } : { ...env } };
}

/** Runs a tool; on failure prints what it said and exits. */
export function run(command, args, opts = {}) {
  const res = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...opts });
  if (res.error?.code === 'ENOENT') {
    fail(
      `"${command}" was not found on PATH. ${command.startsWith('pg_') ? 'Install the PostgreSQL client tools (Debian: apt-get install postgresql-client).' : ''}`,
    );
  }
  if (res.status !== 0)
    fail(`${command} failed (${res.error?.message ?? `exit code ${res.status}`}):\n${(res.stderr || res.stdout || '').trim()}`);
  return res.stdout;
}

export function sizeOf(path) {
  if (!existsSync(path)) return 0;
  const stat = lstatSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

export function human(bytes) {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}

export function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** The live process holding the embedded database in `dataDir` (see server/src/database/embedded.ts), if any. */
export function lockHolder(dataDir) {
  const file = join(dataDir, LOCK_FILE);
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8'));
  return pid && pid !== process.pid && isAlive(pid) ? pid : undefined;
}

/**
 * Holds the embedded database's lock for the duration of `work`, exactly as a server would: a server started meanwhile
 * sees a live process in pgdata.lock and refuses to start. Refuses when a server holds it.
 */
export async function withEmbeddedLock(dataDir, what, work) {
  const file = join(dataDir, LOCK_FILE);
  const refuse = (pid) =>
    fail(
      `The embedded database in ${dataDir} is in use by process ${pid} (a running server).\n` +
        `Its files cannot be ${what} while PGlite writes them: stop the server (its data stays), run this again, then start it.\n` +
        'For backups without downtime run the platform on a PostgreSQL server (DATABASE_URL).',
    );
  const holder = lockHolder(dataDir);
  if (holder) refuse(holder);
  rmSync(file, { force: true });
  try {
    writeFileSync(file, String(process.pid), { flag: 'wx' });
  } catch {
    refuse(lockHolder(dataDir) ?? 'unknown');
  }
  const ours = () => existsSync(file) && Number(readFileSync(file, 'utf8')) === process.pid;
  // A server that checked the lock just before we took it writes its own pid over ours: give it a moment to show.
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300);
  if (!ours()) refuse(lockHolder(dataDir) ?? 'unknown');
  try {
    return await work();
  } finally {
    if (ours()) rmSync(file, { force: true });
  }
}

function timestamp() {
  return new Date()
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/[-:]/g, '')
    .replace('T', '-');
}

function parseArgs(argv) {
  const args = { out: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--out' || arg === '-o') args.out = argv[++i];
    else if (arg.startsWith('--out=')) args.out = arg.slice('--out='.length);
    else if (arg === '--help' || arg === '-h') {
      console.log('Usage: npm run backup [-- --out <file>]   (DATABASE_URL: pg_dump of that database; else a copy of DATA_DIR)');
      process.exit(0);
    } else fail(`Unknown argument "${arg}" (usage: npm run backup [-- --out <file>])`);
  }
  if (args.out === '') fail('--out needs a file name');
  return args;
}

/**
 * tar.gz of the given members of `dir` (those that exist), without half-received uploads. Returns the members kept.
 * Fast compression (gzip level 1): for the embedded database the backup runs while the server is stopped.
 */
async function archive(dir, members, out) {
  const present = members.filter((m) => existsSync(join(dir, m)));
  if (present.length === 0) return present;
  const tar = spawn('tar', ['-cf', '-', `--exclude=${INCOMING}`, '-C', dir, ...present], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  tar.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise((resolve) => {
    tar.once('error', (error) => resolve(error.code === 'ENOENT' ? 'tar was not found on PATH' : error.message));
    tar.once('close', (code) => resolve(code === 0 ? undefined : `exit code ${code}`));
  });
  try {
    await pipeline(tar.stdout, createGzip({ level: 1 }), createWriteStream(out));
  } catch (error) {
    rmSync(out, { force: true });
    fail(`Writing ${out} failed: ${error.message}`);
  }
  const problem = await exited;
  if (problem) {
    rmSync(out, { force: true });
    fail(`tar failed (${problem}):\n${stderr.trim()}`);
  }
  return present;
}

async function backupServer(url, dataDir, out) {
  const dump = resolve(out ?? join('backups', `cadre-${timestamp()}.dump`));
  const files = dump.replace(/(\.dump)?$/, '.files.tar.gz');
  mkdirSync(dirname(dump), { recursive: true });
  const target = libpqTarget(url);
  console.log(`Backing up PostgreSQL database ${target.shown} (pg_dump, custom format)…`);
  const started = Date.now();
  run('pg_dump', ['--format=custom', '--no-password', `--file=${dump}`, `--dbname=${target.dbname}`], { env: target.env });
  console.log(`  wrote ${dump} (${human(statSync(dump).size)}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const kept = existsSync(dataDir) ? await archive(dataDir, KEPT_FILES, files) : [];
  if (kept.length > 0) {
    console.log(
      `  wrote ${files} (${human(statSync(files).size)}): ${kept.join(', ')} of ${dataDir} (${human(kept.reduce((s, m) => s + sizeOf(join(dataDir, m)), 0))})`,
    );
  } else {
    console.log(`  no uploaded files or kept secrets in ${dataDir}: nothing else to keep`);
  }
  return { dump, files: kept.length > 0 ? files : undefined };
}

async function backupEmbedded(dataDir, out) {
  if (!existsSync(join(dataDir, 'pgdata'))) {
    fail(
      `No embedded database in ${dataDir} (no pgdata folder). Set DATA_DIR to the data folder, or DATABASE_URL for a PostgreSQL server.`,
    );
  }
  const file = resolve(out ?? join('backups', `cadre-${timestamp()}.tar.gz`));
  const inside = relative(dataDir, file);
  if (!inside.startsWith('..') && !inside.startsWith('/')) fail(`Write the backup outside the data folder ${dataDir}`);
  mkdirSync(dirname(file), { recursive: true });
  console.log(`Backing up the embedded database and files in ${dataDir}…`);
  const started = Date.now();
  const kept = await withEmbeddedLock(dataDir, 'copied', () => archive(dataDir, ['pgdata', ...KEPT_FILES], file));
  const copied = kept.reduce((s, m) => s + sizeOf(join(dataDir, m)), 0);
  console.log(
    `  wrote ${file} (${human(statSync(file).size)}): ${kept.join(', ')} (${human(copied)}) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return { archive: file };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const url = databaseUrlOf();
  const dataDir = dataDirOf();
  const written = url ? await backupServer(url, dataDir, args.out) : await backupEmbedded(dataDir, args.out);
  if (existsSync(join(dataDir, 'secrets.json'))) {
    console.log('  the backup includes secrets.json (JWT secret, ID-number key): store it as safely as the database');
  }
  const file = written.dump ?? written.archive;
  const shown = relative(process.cwd(), file).startsWith('..') ? file : relative(process.cwd(), file);
  console.log(`Restore with: npm run restore -- ${shown}`);
}

if (process.argv[1] && pathToFileURL(resolve(process.argv[1])).href === import.meta.url) await main();
