// `npm start`: builds what is out of date, then serves the platform (API and SPA) on one port.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outputs = ['shared/dist/index.js', 'server/dist/main.js', 'web/dist/index.html'].map((p) => join(root, p));
// Written after a successful build; the build itself touches generated sources (web/src/components.d.ts).
const stamp = join(root, 'node_modules', '.cadre-build-stamp');
const sources = ['shared/src', 'server/src', 'web/src', 'web/index.html', 'web/public', 'package-lock.json'].map((p) => join(root, p));

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
}

const builtAt = outputs.every(existsSync) && existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
if (builtAt === 0 || Math.max(...sources.map(newest)) > builtAt) {
  console.log('Building the platform (shared, server, web)…');
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  writeFileSync(stamp, new Date().toISOString());
}

const server = spawn(process.execPath, ['--enable-source-maps', join(root, 'server/dist/main.js')], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
