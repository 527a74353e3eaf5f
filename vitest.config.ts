import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/system-packages.ts'],
    // Build tests run `astro build` on fixture folders; one at a time keeps the two cores for
    // the build itself and keeps the shared `.astro/` type folder consistent.
    fileParallelism: false,
    testTimeout: 20_000,
    hookTimeout: 180_000,
  },
});
