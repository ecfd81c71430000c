// `npm run lint:docker`: what can be checked of the container files without a container engine.
//  1. docker/compose.yaml passes dclint (the Docker Compose linter), errors and warnings alike.
//  2. Every file compose.yaml refers to exists: build contexts, Dockerfiles and their targets, env files (or, for a
//     git-ignored .env, its committed .env.example), bind-mounted config files; every ${VAR} it interpolates is set in
//     the env example, and the example covers every variable the server's configuration reads.
//  3. docker/Dockerfile cannot rot: every `RUN npm run <script>` names a script of the package it runs in, every file
//     it copies from the build context exists, and every workspace's package.json is copied before `npm ci`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const composeFile = join(root, 'docker', 'compose.yaml');
const composeDir = dirname(composeFile);
const dockerfile = join(root, 'docker', 'Dockerfile');
const configSource = join(root, 'server', 'src', 'config', 'app-config.ts');
const rootPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const problems = [];
const rel = (path) => relative(root, path) || '.';
const problem = (message) => problems.push(message);

// --- 1. dclint ---------------------------------------------------------------------------------------------------
const require = createRequire(import.meta.url);
const dclintPackage = require.resolve('dclint/package.json');
const dclintBin = join(dirname(dclintPackage), JSON.parse(readFileSync(dclintPackage, 'utf8')).bin.dclint);
const lint = spawnSync(process.execPath, [dclintBin, rel(composeFile), '--max-warnings', '0'], { cwd: root, encoding: 'utf8' });
if (lint.status !== 0) {
  process.stdout.write(lint.stdout);
  process.stderr.write(lint.stderr);
  problem(`dclint found problems in ${rel(composeFile)} (exit code ${lint.status ?? lint.signal})`);
}

// --- 2. files compose.yaml refers to ----------------------------------------------------------------------------
// dclint parses with `yaml`; resolve it from dclint so the check does not depend on how npm hoists it.
const YAML = createRequire(dclintPackage)('yaml');
const composeText = readFileSync(composeFile, 'utf8');
const compose = YAML.parse(composeText, { merge: true });
const services = Object.entries(compose?.services ?? {});
if (services.length === 0) problem(`${rel(composeFile)} defines no services`);

const isFile = (path) => existsSync(path) && statSync(path).isFile();
const stagesOf = (path) =>
  new Set([...readFileSync(path, 'utf8').matchAll(/^\s*FROM\s+\S+\s+AS\s+(\S+)/gim)].map((m) => m[1].toLowerCase()));
// A path in the compose file with ${VAR} in it cannot be checked here.
const interpolated = (value) => typeof value === 'string' && value.includes('${');
const envExample = join(composeDir, '.env.example');

for (const [name, service] of services) {
  const where = `service "${name}"`;
  if (service.build !== undefined) {
    const build = typeof service.build === 'string' ? { context: service.build } : service.build;
    const context = resolve(composeDir, build.context ?? '.');
    if (!existsSync(context) || !statSync(context).isDirectory()) {
      problem(`${where}: build context ${rel(context)} is not a folder`);
    } else if (!interpolated(build.dockerfile)) {
      const file = resolve(context, build.dockerfile ?? 'Dockerfile');
      if (!isFile(file)) {
        problem(`${where}: Dockerfile ${rel(file)} does not exist`);
      } else if (build.target !== undefined && !stagesOf(file).has(String(build.target).toLowerCase())) {
        problem(`${where}: ${rel(file)} has no stage "${build.target}" (FROM … AS ${build.target})`);
      }
    }
  }
  const envFiles = service.env_file === undefined ? [] : [service.env_file].flat();
  for (const entry of envFiles) {
    const path = typeof entry === 'string' ? entry : entry.path;
    if (interpolated(path)) continue;
    const file = resolve(composeDir, path);
    if (!isFile(file) && !isFile(`${file}.example`)) {
      problem(`${where}: env_file ${rel(file)} has no committed counterpart ${rel(file)}.example`);
    }
  }
  for (const volume of service.volumes ?? []) {
    const source =
      typeof volume === 'string'
        ? volume.includes(':')
          ? volume.split(':')[0]
          : undefined
        : volume.type === 'bind'
          ? volume.source
          : undefined;
    // Named volumes and anonymous ones are not files; bind mounts start with ".", "/" or "~".
    if (source === undefined || interpolated(source) || !/^[./~]/.test(source)) continue;
    if (source.startsWith('~') || (source.startsWith('/') && !source.startsWith(root))) {
      problem(`${where}: bind mount ${source} lies outside the repository`);
      continue;
    }
    const file = resolve(composeDir, source);
    if (!existsSync(file)) problem(`${where}: bind-mounted ${rel(file)} does not exist`);
  }
}
for (const kind of ['configs', 'secrets']) {
  for (const [name, entry] of Object.entries(compose?.[kind] ?? {})) {
    if (entry?.file !== undefined && !interpolated(entry.file) && !existsSync(resolve(composeDir, entry.file))) {
      problem(`${kind} "${name}": ${rel(resolve(composeDir, entry.file))} does not exist`);
    }
  }
}

// The env example: every interpolated variable set in it, every variable of the server's configuration mentioned.
if (!isFile(envExample)) {
  problem(`${rel(envExample)} does not exist`);
} else {
  const exampleText = readFileSync(envExample, 'utf8');
  const assigned = new Set([...exampleText.matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]));
  const mentioned = new Set([...exampleText.matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]));
  // `$$` escapes a dollar for the container (a shell variable in a healthcheck), not an interpolation.
  const used = new Set([...composeText.replace(/\$\$/g, '').matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]));
  for (const name of used) {
    if (!assigned.has(name)) problem(`${rel(composeFile)} interpolates \${${name}}, which ${rel(envExample)} does not set`);
  }
  const configVars = new Set(
    [...readFileSync(configSource, 'utf8').matchAll(/\b(?:read|int|bool)\('([A-Z][A-Z0-9_]*)'/g)].map((m) => m[1]),
  );
  if (configVars.size === 0) problem(`found no variables read in ${rel(configSource)}: update this check`);
  for (const name of configVars) {
    if (!mentioned.has(name)) {
      problem(`${rel(configSource)} reads ${name}, which ${rel(envExample)} does not mention (add "${name}=" or "# ${name}=…")`);
    }
  }
  for (const name of assigned) {
    if (!configVars.has(name) && !used.has(name)) {
      problem(`${rel(envExample)} sets ${name}, which neither the server's configuration nor ${rel(composeFile)} uses`);
    }
  }
}

// --- 3. the Dockerfile's build steps ----------------------------------------------------------------------------
if (!isFile(dockerfile)) {
  problem(`${rel(dockerfile)} does not exist`);
} else {
  // Instructions, with continuation lines joined and comments dropped.
  const instructions = readFileSync(dockerfile, 'utf8')
    .split('\n')
    .filter((line) => !/^\s*#/.test(line))
    .join('\n')
    .replace(/\\\r?\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const workspaces = new Map(
    (rootPackage.workspaces ?? []).map((ws) => [ws, JSON.parse(readFileSync(join(root, ws, 'package.json'), 'utf8'))]),
  );
  let npmRuns = 0;
  for (const line of instructions.filter((l) => /^RUN\s/i.test(l))) {
    for (const command of line.replace(/^RUN\s+/i, '').split(/&&|\|\||[;|]/)) {
      const words = command.trim().split(/\s+/);
      const at = words.findIndex((w, i) => w === 'npm' && (words[i + 1] === 'run' || words[i + 1] === 'run-script'));
      if (at < 0) continue;
      // npm run [flags] <script> [flags] [-- args]; -w/--workspace name the package whose script runs.
      let script;
      let ws;
      for (let i = at + 2; i < words.length && words[i] !== '--'; i += 1) {
        const word = words[i];
        if (word === '-w' || word === '--workspace') ws = words[++i];
        else if (word.startsWith('--workspace=')) ws = word.slice('--workspace='.length);
        else if (!word.startsWith('-') && script === undefined) script = word;
      }
      npmRuns += 1;
      if (script === undefined) {
        problem(`${rel(dockerfile)}: "${command.trim()}" names no script`);
      } else if (ws === undefined) {
        if (!rootPackage.scripts?.[script]) problem(`${rel(dockerfile)}: "npm run ${script}" is not a script of the root package.json`);
      } else {
        const pkg = workspaces.get(ws) ?? [...workspaces.values()].find((p) => p.name === ws);
        if (!pkg) problem(`${rel(dockerfile)}: "npm run ${script} -w ${ws}" names no workspace of the root package.json`);
        else if (!pkg.scripts?.[script]) problem(`${rel(dockerfile)}: "npm run ${script}" is not a script of workspace ${ws}`);
      }
    }
  }
  if (npmRuns === 0) problem(`${rel(dockerfile)} runs no "npm run <script>": it must build with the root package.json's scripts`);

  // COPY/ADD from the build context (not --from another stage): every source exists.
  const copied = new Set();
  for (const line of instructions.filter((l) => /^(COPY|ADD)\s/i.test(l))) {
    const words = line.split(/\s+/).slice(1);
    if (words.some((w) => w.startsWith('--from='))) continue;
    if (words[0]?.startsWith('[')) continue; // JSON form: not used here
    const sources = words.filter((w) => !w.startsWith('--')).slice(0, -1);
    for (const source of sources) {
      copied.add(source.replace(/\/$/, ''));
      if (/[*?[]/.test(source)) continue;
      if (!existsSync(join(root, source))) problem(`${rel(dockerfile)}: COPY source ${source} does not exist in the repository`);
    }
  }
  for (const ws of workspaces.keys()) {
    if (!copied.has(`${ws}/package.json`))
      problem(`${rel(dockerfile)} does not copy ${ws}/package.json (npm ci needs every workspace's manifest)`);
  }
  if (!isFile(join(root, '.dockerignore'))) problem('.dockerignore does not exist (the build context would include node_modules and data)');
}

if (problems.length > 0) {
  console.error(`Docker check failed:\n  - ${problems.join('\n  - ')}`);
  process.exit(1);
}
console.log(
  `Docker check passed: ${rel(composeFile)} (dclint, ${services.length} services, referenced files), ${rel(dockerfile)} (build scripts, copied files)`,
);
