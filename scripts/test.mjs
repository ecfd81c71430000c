// `npm test`: one build, then every tier — server unit specs and HTTP tests (jest, real PostgreSQL or embedded),
// web unit tests (vitest), browser journeys (Playwright on Debian's Chromium). Stops at the first failing tier.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const steps = [
  ['build', 'build', 'npm', ['run', 'build']],
  ['server', 'server unit and HTTP tests (jest)', 'npm', ['test', '-w', 'server']],
  ['web', 'web unit tests (vitest)', 'npm', ['test', '-w', 'web']],
  ['browser', 'browser journeys (Playwright)', 'node', ['test/browser/run.mjs']],
];
// `npm test -- server` (or web, browser) runs the build and that one tier.
const only = process.argv[2];
if (only && !steps.some(([key]) => key === only)) {
  console.error(`Unknown tier "${only}": use server, web or browser`);
  process.exit(2);
}
for (const [key, name, command, args] of steps) {
  if (only && key !== 'build' && key !== only) continue;
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  console.log(`=== ${name}: ${result.status === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(0)} s ===`);
  if (result.status !== 0) process.exit(result.status ?? 1);
}
