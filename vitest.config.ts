import { defineConfig } from 'vitest/config';
import { schemaValidatorVitePlugin } from './scripts/schemaValidator.mjs';

export default defineConfig({
  // The tests run the schema validator the bundles ship (ajv standalone code).
  plugins: [schemaValidatorVitePlugin()],
  test: {
    include: [
      'core/test/**/*.test.ts',
      'cli/test/**/*.test.ts',
      'server/test/**/*.test.ts',
      'client/test/**/*.test.ts',
    ],
    globalSetup: ['./test/global-setup.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
    testTimeout: 60_000,
  },
});
