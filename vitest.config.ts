import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests for the edit loop (`npm run test:unit`), and
// end-to-end tests that spawn the built bin in scratch git repositories.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], testTimeout: 20_000 } },
      { test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 } },
    ],
  },
});
