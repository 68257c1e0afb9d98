import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/services.ts'],
    // Every file shares one Neo4j (community edition has one user database), so files run one at a time
    // and each cleans what it wrote.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
    reporters: process.env.CI ? ['default'] : ['default'],
  },
});
