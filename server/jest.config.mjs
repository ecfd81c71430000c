// Jest runs in ESM mode (NestJS 12 is ESM-only): @swc/jest compiles TypeScript to ES modules, and node runs with
// --experimental-vm-modules (see the "test" scripts). Unit specs live beside the code; HTTP tests in ../test/api.
const swc = {
  // The build's .swcrc (CommonJS, specs excluded) must not apply here.
  swcrc: false,
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2023',
    keepClassNames: true,
  },
  module: { type: 'es6' },
  sourceMaps: 'inline',
};

export default {
  rootDir: '..',
  roots: ['<rootDir>/server/src', '<rootDir>/test/api'],
  testMatch: ['**/*.spec.ts', '**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
  transform: { '^.+\\.ts$': ['@swc/jest', swc] },
  testEnvironment: 'node',
  globalSetup: '<rootDir>/test/helpers/global-setup.ts',
  globalTeardown: '<rootDir>/test/helpers/global-teardown.ts',
  testTimeout: 30_000,
  // The embedded database serialises everything through one connection: one worker there, two on a real server.
  maxWorkers: process.env.TEST_DATABASE_URL ? 2 : 1,
  // A test file that leaves a handle open should fail loudly rather than hang CI.
  forceExit: false,
  detectOpenHandles: false,
};
