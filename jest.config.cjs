/**
 * Every jest project of the workspace, run together by `npm test`. `testTimeout` is a global
 * option: a project's own is not read when jest runs through `projects`, so it is set here, sized
 * for a busy two-core machine (API files boot the whole app in their hooks).
 */
const { availableParallelism } = require('node:os');

module.exports = {
  testTimeout: 30000,
  // Test files share nothing (each API file boots its own app on its own database), so they run
  // side by side: on two cores 203 s → 118 s. At most four, so that a large machine does not open
  // more database connections than a default PostgreSQL allows.
  maxWorkers: Math.max(1, Math.min(4, availableParallelism())),
  projects: [
    '<rootDir>/apps/api/jest.config.cjs',
    '<rootDir>/libs/contracts/jest.config.cjs',
    '<rootDir>/libs/rules/jest.config.cjs',
    '<rootDir>/apps/web/jest.config.cjs',
    '<rootDir>/tools/checks/jest.config.cjs',
  ],
};
