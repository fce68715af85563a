import { defineConfig } from 'vitest/config';

// Fast unit tests for the edit loop (`npm run test:unit`), and end-to-end tests that spawn
// the built bin in scratch git repositories. The pre-commit framework test installs promptgit
// as the framework does (npm install with the build, npm pack, npm install -g) in a clone, so
// it has its own generous timeout. The demo test runs `npm run demo`, which rebuilds dist/: it
// runs after the others (groupOrder), so no test spawns the bin while tsc rewrites it.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], testTimeout: 20_000 } },
      { test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], exclude: ['test/e2e/demo.test.ts', 'test/e2e/pre-commit-framework.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 } },
      { test: { name: 'pre-commit', include: ['test/e2e/pre-commit-framework.test.ts'], testTimeout: 300_000, hookTimeout: 60_000 } },
      { test: { name: 'demo', include: ['test/e2e/demo.test.ts'], testTimeout: 180_000, sequence: { groupOrder: 1 } } },
    ],
  },
});
