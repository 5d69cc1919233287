import nx from '@nx/eslint-plugin';
import angular from 'angular-eslint';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default [
  { ignores: ['**/dist', '**/node_modules', '**/.nx', '**/.angular', '**/tmp', '**/coverage', '**/test-output', 'data/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    rules: {
      // scope:shared imports only shared; web never imports api and api never imports web.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['**/*.spec.ts', '**/testing/**/*.ts', '**/*.e2e.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['libs/rules/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      // The rules library runs in the browser and the API alike: no framework, no I/O.
      'no-restricted-imports': ['error', { patterns: ['@angular/*', '@nestjs/*', 'typeorm', 'node:*', 'fs', 'path'] }],
    },
  },
  ...angular.configs.tsRecommended.map((c) => ({ ...c, files: ['apps/web/**/*.ts'] })),
  {
    files: ['apps/web/**/*.ts'],
    processor: angular.processInlineTemplates,
    rules: {
      '@angular-eslint/component-selector': ['error', { type: 'element', prefix: 'cqo', style: 'kebab-case' }],
      '@angular-eslint/prefer-on-push-component-change-detection': 'error',
    },
  },
  ...angular.configs.templateRecommended.map((c) => ({ ...c, files: ['apps/web/**/*.html'] })),
  { files: ['**/*.cjs', '**/*.mjs', '**/*.js'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  prettier,
];
