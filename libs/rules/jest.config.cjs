const preset = require('../../jest.preset.cjs');

/** @type {import('jest').Config} */
module.exports = {
  ...preset,
  displayName: 'rules',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  // Used by `.ci/run` (jest --coverage): the rules library keeps ≥ 95 % line coverage.
  collectCoverageFrom: ['<rootDir>/src/**/*.ts', '!<rootDir>/src/**/*.spec.ts'],
  coverageDirectory: '<rootDir>/../../coverage/libs/rules',
  coverageReporters: ['text-summary'],
  coverageThreshold: { global: { lines: 95, statements: 95, branches: 90, functions: 95 } },
};
