// `npm run lint:openapi` (part of `npm run lint`): builds what it needs (CI lints before it builds), writes the
// server's OpenAPI document to server/dist/openapi.json, and checks it with Spectral against .spectral.yaml
// (spectral:oas and the OWASP API Security ruleset). Any error fails; warnings are counted, not listed.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const documentFile = join(root, 'server', 'dist', 'openapi.json');
const resultsFile = join(root, 'server', 'dist', 'openapi.lint.json');

function run(command, args, quiet = false) {
  const result = spawnSync(command, args, { cwd: root, stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit' });
  return result.status ?? 1;
}

for (const workspace of ['shared', 'server']) {
  if (run('npm', ['run', 'build', '-w', workspace, '--silent'], true) !== 0) process.exit(1);
}
if (run('node', ['server/dist/openapi/cli.js', '--document', documentFile], true) !== 0) process.exit(1);

const spectral = join(root, 'node_modules', '.bin', 'spectral');
const status = run(spectral, [
  'lint',
  relative(root, documentFile),
  '--ruleset',
  '.spectral.yaml',
  '--fail-severity',
  'error',
  '--format',
  'json',
  '--output',
  relative(root, resultsFile),
  '--quiet',
]);
let results;
try {
  results = JSON.parse(readFileSync(resultsFile, 'utf8'));
} catch {
  console.error('Spectral wrote no results: see its output above');
  process.exit(1);
}
const errors = results.filter((r) => r.severity === 0);
const warnings = results.filter((r) => r.severity === 1);
for (const e of errors) console.error(`error ${e.code} at ${e.path.join('.')}: ${e.message}`);
console.log(`OpenAPI document (${relative(root, documentFile)}): ${errors.length} errors, ${warnings.length} warnings`);
process.exit(status !== 0 || errors.length > 0 ? 1 : 0);
