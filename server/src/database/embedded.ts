import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The pool keeps ONE connection to the embedded server. pglite-socket multiplexes several client connections onto the
 * single-connection PGlite, and under concurrency it can interleave their extended-protocol messages (upstream
 * electric-sql/pglite #1046): errors such as "unnamed prepared statement does not exist", or worse, wrong rows. PGlite
 * executes one query at a time anyway, so one connection costs no throughput. Consequence: inside a transaction, every
 * query must use the transaction's manager (another connection would wait for the pool forever).
 */
export const EMBEDDED_MAX_CONNECTIONS = 1;

/**
 * The embedded PostgreSQL: PGlite (real PostgreSQL compiled to WASM) persisted in `<dataDir>/pgdata`, served over the
 * PostgreSQL wire protocol on a loopback port, so TypeORM and `pg` talk to it exactly as to a server.
 */
export class EmbeddedPostgres {
  private db: PGlite | undefined;
  private server: PGLiteSocketServer | undefined;
  private lockFile: string | undefined;
  url: string | undefined;

  async start(dataDir: string, opts: { port?: number; memory?: boolean; maxConnections?: number } = {}): Promise<string> {
    let dataPath: string | undefined;
    if (!opts.memory) {
      mkdirSync(dataDir, { recursive: true });
      this.lockFile = join(dataDir, 'pgdata.lock');
      takeLock(this.lockFile);
      dataPath = join(dataDir, 'pgdata');
    }
    this.db = await PGlite.create(dataPath ? { dataDir: dataPath } : {});
    this.server = new PGLiteSocketServer({
      db: this.db,
      host: '127.0.0.1',
      port: opts.port ?? 0,
      maxConnections: opts.maxConnections ?? EMBEDDED_MAX_CONNECTIONS,
    });
    await this.server.start();
    const address = this.server.getServerConn();
    this.url = `postgres://postgres@${address}/postgres`;
    return this.url;
  }

  async stop(): Promise<void> {
    await this.server?.stop();
    await this.db?.close();
    this.server = undefined;
    this.db = undefined;
    if (this.lockFile) rmSync(this.lockFile, { force: true });
  }
}

/** Two processes on one PGlite folder would corrupt it: refuse to start while another live process holds it. */
function takeLock(file: string): void {
  if (existsSync(file)) {
    const pid = Number(readFileSync(file, 'utf8'));
    if (pid && pid !== process.pid && isAlive(pid)) {
      throw new Error(
        `The embedded database in ${file.replace(/pgdata\.lock$/, '')} is in use by process ${pid}. ` +
          'Stop that server first, or set DATA_DIR to another folder.',
      );
    }
  }
  writeFileSync(file, String(process.pid));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
