/**
 * Shared jest settings. TypeScript (with decorator metadata) and the ESM-only packages of the
 * NestJS 12 line are compiled to CommonJS by swc, so tests run in jest's normal CJS mode.
 */
const ESM_PACKAGES = [
  '@nestjs',
  'file-type',
  'strtok3',
  'token-types',
  '@tokenizer',
  'uint8array-extras',
  '@borewit',
  'load-esm',
  'content-disposition',
  'meilisearch',
];

const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|m?j)s$': swc },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_PACKAGES.join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
  moduleNameMapper: {
    '^@cqo/contracts$': '<rootDir>/../../libs/contracts/src/index.ts',
    '^@cqo/contracts/filing-checks$': '<rootDir>/../../libs/contracts/src/lib/filing-checks.ts',
    '^@cqo/rules$': '<rootDir>/../../libs/rules/src/index.ts',
    '^@cqo/rules/region-names-en$': '<rootDir>/../../libs/rules/src/lib/region/region-names-en.loader.ts',
  },
};
