/** Every jest project of the workspace, run together by `npm test`. */
module.exports = {
  projects: ['<rootDir>/apps/api/jest.config.cjs', '<rootDir>/libs/contracts/jest.config.cjs', '<rootDir>/libs/rules/jest.config.cjs'],
};
