// `npm test`: one build, then every tier — server unit specs and HTTP tests (jest, real PostgreSQL or embedded),
// web unit tests (vitest), browser journeys (Playwright on Debian's Chromium). Stops at the first failing tier.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// jest also writes its results as JSON, so the closing lines can name the tests this environment did not run.
const resultsDir = mkdtempSync(join(tmpdir(), 'cadre-test-'));
const jestResults = join(resultsDir, 'jest.json');
const steps = [
  ['build', 'build', 'npm', ['run', 'build']],
  ['server', 'server unit and HTTP tests (jest)', 'npm', ['test', '-w', 'server', '--', '--json', `--outputFile=${jestResults}`]],
  ['web', 'web unit tests (vitest)', 'npm', ['test', '-w', 'web']],
  ['browser', 'browser journeys (Playwright)', 'node', ['test/browser/run.mjs']],
];
// `npm test -- server` (or web, browser) runs the build and that one tier.
const only = process.argv[2];
if (only && !steps.some(([key]) => key === only)) {
  console.error(`Unknown tier "${only}": use server, web or browser`);
  process.exit(2);
}
let failed = 0;
for (const [key, name, command, args] of steps) {
  if (only && key !== 'build' && key !== only) continue;
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  console.log(`=== ${name}: ${result.status === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(0)} s ===`);
  if (result.status !== 0) {
    failed = result.status ?? 1;
    break;
  }
}
reportNotRun();
rmSync(resultsDir, { recursive: true, force: true });
process.exit(failed);

/**
 * Some HTTP tests need a real PostgreSQL (TEST_DATABASE_URL) or Redis (REDIS_URL) and are skipped without them. A
 * skip in the middle of a long log is easy to miss, so the last lines of the run name each one.
 */
function reportNotRun() {
  if (!existsSync(jestResults)) return;
  const results = JSON.parse(readFileSync(jestResults, 'utf8'));
  const skipped = results.testResults.flatMap((file) =>
    file.assertionResults.filter((a) => a.status === 'pending' || a.status === 'skipped').map((a) => `${relative(root, file.name)}: ${a.fullName}`),
  );
  if (skipped.length === 0) {
    console.log('\nEvery server test ran: none was skipped.');
    return;
  }
  const missing = ['TEST_DATABASE_URL', 'REDIS_URL'].filter((v) => !process.env[v]);
  console.log(`\n${skipped.length} server tests were NOT run${missing.length ? ` (not set here: ${missing.join(', ')}; CI sets both)` : ''}:`);
  for (const line of skipped) console.log(`  - ${line}`);
}
