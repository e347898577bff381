import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * Two projects: `unit` (pure domain rules beside the code, no database) and
 * `integration` (through the GraphQL API against real PostgreSQL; the global setup
 * migrates a template database once and every test file clones its own).
 */
export default defineConfig({
  resolve: {
    // graphql 16 ships CJS (`main`, which Node and type-graphql load) and ESM (`module`, which
    // Vite prefers). Two copies break `instanceof` checks, so tests use Node's copy too.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
