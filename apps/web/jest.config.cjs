const { createCjsPreset } = require('jest-preset-angular/presets');

/**
 * The web client's unit tests: jest with the Angular preset (TestBed, zoneless like the app) in
 * jsdom. For logic a browser test would reach only slowly: the filing field catalogue, list state
 * and its URL, error texts, permission checks.
 */
/** @type {import('jest').Config} */
module.exports = {
  ...createCjsPreset({ tsconfig: '<rootDir>/tsconfig.spec.json' }),
  displayName: 'web',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  // ESM-only packages (Transloco's helpers) are compiled for jest too.
  transformIgnorePatterns: ['node_modules/(?!.*\\.mjs$|@jsverse/)'],
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  moduleNameMapper: {
    '^@cqo/contracts$': '<rootDir>/../../libs/contracts/src/index.ts',
    '^@cqo/contracts/filing-checks$': '<rootDir>/../../libs/contracts/src/lib/filing-checks.ts',
    '^@cqo/rules$': '<rootDir>/../../libs/rules/src/index.ts',
    '^@cqo/rules/region-names-en$': '<rootDir>/../../libs/rules/src/lib/region/region-names-en.loader.ts',
  },
};
