// `npm run restore -- <file>`: restores a backup written by `npm run backup` (scripts/backup.mjs).
//
// A PostgreSQL dump (cadre-<timestamp>.dump) goes into the database at DATABASE_URL with
// `pg_restore --clean --if-exists --no-owner`, in one transaction (all or nothing); the uploaded files and kept secrets
// archived beside it (cadre-<timestamp>.files.tar.gz) go into DATA_DIR. Stop the servers that use the database first.
// An embedded backup (cadre-<timestamp>.tar.gz) goes into DATA_DIR (default ./data), which must be empty or absent:
// a restore never mixes two embedded databases.
// The servers run any migration the backup lacks when they start on the restored data.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readSync,
  closeSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { dataDirOf, databaseUrlOf, fail, human, libpqTarget, run, sizeOf, withEmbeddedLock, LOCK_FILE } from './backup.mjs';

function usage() {
  return 'Usage: npm run restore -- <backup file>   (a .dump into DATABASE_URL; an embedded .tar.gz into an empty DATA_DIR)';
}

/** 'dump' (pg_dump custom format), 'embedded' (tar.gz with pgdata/) or 'files' (the uploads archive of a dump). */
function kindOf(file) {
  const head = Buffer.alloc(5);
  const fd = openSync(file, 'r');
  readSync(fd, head, 0, 5, 0);
  closeSync(fd);
  if (head.toString('latin1') === 'PGDMP') return 'dump';
  if (head[0] === 0x1f && head[1] === 0x8b) {
    const members = run('tar', ['-tzf', file]).split('\n');
    return members.some((m) => m === 'pgdata' || m.startsWith('pgdata/')) ? 'embedded' : 'files';
  }
  fail(`${file} is neither a pg_dump custom-format dump nor a backup archive of the platform`);
}

function timestamp() {
  return new Date()
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/[-:]/g, '')
    .replace('T', '-');
}

/** Uploaded files merge into DATA_DIR/uploads; a different secrets.json already there is kept aside, not lost. */
function restoreFiles(archive, dataDir) {
  mkdirSync(dataDir, { recursive: true });
  const tmp = mkdtempSync(join(dataDir, '.restore-'));
  try {
    run('tar', ['-xzf', archive, '-C', tmp]);
    if (existsSync(join(tmp, 'uploads'))) {
      cpSync(join(tmp, 'uploads'), join(dataDir, 'uploads'), { recursive: true, force: true });
      console.log(`  restored uploaded files into ${join(dataDir, 'uploads')} (${human(sizeOf(join(tmp, 'uploads')))})`);
    }
    const secrets = join(tmp, 'secrets.json');
    if (existsSync(secrets)) {
      const target = join(dataDir, 'secrets.json');
      if (existsSync(target) && readFileSync(target, 'utf8') !== readFileSync(secrets, 'utf8')) {
        const aside = `${target}.before-restore-${timestamp()}`;
        renameSync(target, aside);
        console.log(`  the data folder's own secrets.json differed: kept as ${aside}`);
      }
      cpSync(secrets, target);
      console.log(`  restored ${target} (the JWT secret and ID-number key the restored data was written with)`);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function restoreDump(file, dataDir) {
  const url = databaseUrlOf();
  if (!url) fail(`${file} is a PostgreSQL dump: set DATABASE_URL to the database to restore it into.`);
  const target = libpqTarget(url);
  console.log(`Restoring ${file} (${human(statSync(file).size)}) into PostgreSQL database ${target.shown}…`);
  const started = Date.now();
  run(
    'pg_restore',
    [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--no-privileges',
      '--single-transaction',
      '--exit-on-error',
      '--no-password',
      `--dbname=${target.dbname}`,
      file,
    ],
    { env: target.env },
  );
  const tables = run('pg_restore', ['--list', file])
    .split('\n')
    .filter((line) => / TABLE DATA /.test(line)).length;
  console.log(`  restored the schema and the data of ${tables} tables in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const files = file.replace(/(\.dump)?$/, '.files.tar.gz');
  if (existsSync(files)) {
    console.log(`Restoring ${files} (${human(statSync(files).size)}) into ${dataDir}…`);
    restoreFiles(files, dataDir);
  } else {
    console.log(`  no ${files} beside the dump: uploaded files were not restored`);
  }
}

async function restoreEmbedded(file, dataDir) {
  if (databaseUrlOf()) console.log('Note: this is a backup of the embedded database; DATABASE_URL is ignored, it goes into DATA_DIR.');
  const present = existsSync(dataDir) ? readdirSync(dataDir).filter((name) => name !== LOCK_FILE) : [];
  if (present.length > 0) {
    fail(
      `DATA_DIR ${dataDir} is not empty (${present.slice(0, 5).join(', ')}${present.length > 5 ? ', …' : ''}).\nRestore into a new, empty folder (set DATA_DIR), or move this one away first.`,
    );
  }
  console.log(`Restoring ${file} (${human(statSync(file).size)}) into ${dataDir}…`);
  mkdirSync(dataDir, { recursive: true });
  await withEmbeddedLock(dataDir, 'restored', () => run('tar', ['-xzf', file, '-C', dataDir, `--exclude=${LOCK_FILE}`]));
  for (const name of ['pgdata', 'uploads', 'secrets.json']) {
    if (existsSync(join(dataDir, name))) console.log(`  restored ${join(dataDir, name)} (${human(sizeOf(join(dataDir, name)))})`);
  }
}

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(usage());
  process.exit(0);
}
if (args.length !== 1 || args[0].startsWith('-')) fail(usage());
const file = resolve(args[0]);
if (!existsSync(file) || !statSync(file).isFile()) fail(`No backup file at ${file}`);
const dataDir = dataDirOf();
const kind = kindOf(file);
if (kind === 'files') fail(`${file} holds only the uploaded files of a PostgreSQL backup: pass the .dump beside it (it restores both).`);
if (kind === 'dump') restoreDump(file, dataDir);
else await restoreEmbedded(file, dataDir);
console.log('Done. Start the server(s) on the restored data.');
