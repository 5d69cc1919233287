const preset = require('../../jest.preset.cjs');

/** Checks of the workspace itself (lint rules that guard the architecture). */
/** @type {import('jest').Config} */
module.exports = {
  ...preset,
  displayName: 'workspace',
  rootDir: __dirname,
  testMatch: ['<rootDir>/**/*.spec.ts'],
};
