/**
 * Every jest project of the workspace, run together by `npm test`. `testTimeout` is a global
 * option: a project's own is not read when jest runs through `projects`, so it is set here, sized
 * for a busy two-core machine (API files boot the whole app in their hooks).
 */
module.exports = {
  testTimeout: 30000,
  projects: [
    '<rootDir>/apps/api/jest.config.cjs',
    '<rootDir>/libs/contracts/jest.config.cjs',
    '<rootDir>/libs/rules/jest.config.cjs',
    '<rootDir>/apps/web/jest.config.cjs',
    '<rootDir>/tools/checks/jest.config.cjs',
  ],
};
