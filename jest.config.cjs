// Jest runs our TypeScript as CommonJS. Packages that ship only ES modules (NestJS 12, cel-js, some of
// Fastify's dependencies) are compiled to CommonJS by babel.jest.config.cjs, because Jest on Node 20 cannot
// require() ES modules. The list is read from node_modules so a new ESM dependency needs no config change.
const { readdirSync, readFileSync, existsSync } = require('node:fs');
const { join } = require('node:path');

function esmPackages(dir = join(__dirname, 'node_modules')) {
  const names = [];
  for (const entry of readdirSync(dir)) {
    if (entry.startsWith('.')) continue;
    const scoped = entry.startsWith('@');
    for (const name of scoped ? readdirSync(join(dir, entry)).map((n) => `${entry}/${n}`) : [entry]) {
      const pkg = join(dir, name, 'package.json');
      if (!existsSync(pkg)) continue;
      try {
        if (JSON.parse(readFileSync(pkg, 'utf8')).type === 'module') names.push(name);
      } catch {
        /* not a package */
      }
    }
  }
  return names;
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const common = {
  rootDir: __dirname,
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }],
    '^.+\\.m?js$': ['babel-jest', { configFile: './babel.jest.config.cjs' }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages().map(escape).join('|')})/)`],
  testEnvironment: 'node',
};

/**
 * Unit specs sit beside the code and need no services; end-to-end specs get a fresh, migrated and seeded
 * database from the global setup (which runs only when an e2e spec is selected).
 */
/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 60000,
  projects: [
    { ...common, displayName: 'unit', roots: ['<rootDir>/src'], testRegex: '.*\\.spec\\.ts$' },
    { ...common, displayName: 'e2e', roots: ['<rootDir>/test'], testRegex: '.*\\.e2e-spec\\.ts$', globalSetup: '<rootDir>/test/global-setup.ts' },
  ],
};
