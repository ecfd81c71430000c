import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../helpers/ports';

/**
 * SIGTERM on the built server (what a container stop or a rolling deploy sends): requests already in flight get their
 * answers, then the process exits by itself with status 0 and stops accepting connections.
 */
const MAIN = fileURLToPath(new URL('../../server/dist/main.js', import.meta.url));

describe('graceful shutdown', () => {
  let child: ChildProcess | undefined;
  let dataDir: string;
  let output = '';

  afterAll(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers every request in flight when SIGTERM arrives, then exits with 0 and refuses new connections', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'cadre-shutdown-'));
    const port = await freePort();
    child = spawn(process.execPath, [MAIN], {
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', PORT: String(port), DATA_DIR: dataDir, RATE_LIMIT_LOGIN_PER_MIN: '1000' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
    const base = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 90_000;
    for (;;) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`server did not start:\n${output}`);
      try {
        if ((await fetch(`${base}/api/health`)).ok) break;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 250));
    }

    // Sign-ins hash a password (scrypt): twenty of them keep the server busy for a while.
    const login = () =>
      fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'zzb_admin', password: 'Demo@2026' }),
      }).then((res) => res.status);
    const inFlight = Array.from({ length: 20 }, login);
    await new Promise((r) => setTimeout(r, 30));
    child.kill('SIGTERM');

    const statuses = await Promise.allSettled(inFlight);
    expect(statuses.map((s) => (s.status === 'fulfilled' ? s.value : String(s.reason)))).toEqual(Array(20).fill(200));
    expect(await exited).toBe(0);
    expect(output).toContain('SIGTERM: finishing requests in flight');
    await expect(fetch(`${base}/api/health`)).rejects.toThrow();
  }, 120_000);
});
