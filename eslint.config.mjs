import nx from '@nx/eslint-plugin';
import angular from 'angular-eslint';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';
import { readdirSync } from 'node:fs';

/**
 * Feature faces: code outside a feature imports it only through its index.ts (`../directory`, never
 * `../directory/member-profiles.service`), and the platform (API) or core/shared (web) import no
 * feature at all. One block per feature, so each may reach into its own folder.
 */
function featureBoundaries(root, base) {
  const features = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  const message = 'Use the feature through its face (features/<feature>/index.ts).';
  return [
    ...features.map((feature) => ({
      files: [`${root}/${feature}/**/*.ts`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              {
                regex: `^(\\.\\./)+(?!${feature}/)(${features.join('|')})/.+`,
                message,
              },
            ],
          },
        ],
      },
    })),
    {
      files: [`${base}/*.ts`],
      rules: {
        // …and `features/<f>/en`, the English face, which translations.en.ts imports so that English
        // loads as a chunk of its own.
        'no-restricted-imports': [
          'error',
          { patterns: [{ regex: '^\\./features/[^/]+/(?!en$).+', message }] },
        ],
      },
    },
  ];
}

function independentOfFeatures(files, message) {
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '(^|/)features(/|$)|seed\\.service', message }] },
      ],
    },
  };
}

export default [
  {
    ignores: [
      '**/dist',
      '**/node_modules',
      '**/.nx',
      '**/.angular',
      '**/tmp',
      '**/coverage',
      '**/test-output',
      'data/**',
    ],
  },
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
      'no-restricted-imports': [
        'error',
        { patterns: ['@angular/*', '@nestjs/*', 'typeorm', 'node:*', 'fs', 'path'] },
      ],
    },
  },
  ...featureBoundaries('apps/api/src/features', 'apps/api/src'),
  independentOfFeatures(
    ['apps/api/src/platform/**/*.ts'],
    'The platform imports no feature: move the call up to the app.',
  ),
  ...featureBoundaries('apps/web/src/app/features', 'apps/web/src/app'),
  independentOfFeatures(
    ['apps/web/src/app/core/**/*.ts', 'apps/web/src/app/shared/**/*.ts'],
    'core/ and shared/ import no feature: move what they need to shared/.',
  ),
  ...angular.configs.tsRecommended.map((c) => ({ ...c, files: ['apps/web/**/*.ts'] })),
  {
    files: ['apps/web/**/*.ts'],
    processor: angular.processInlineTemplates,
    rules: {
      '@angular-eslint/component-selector': [
        'error',
        { type: 'element', prefix: 'cqo', style: 'kebab-case' },
      ],
      '@angular-eslint/prefer-on-push-component-change-detection': 'error',
    },
  },
  ...angular.configs.templateRecommended.map((c) => ({ ...c, files: ['apps/web/**/*.html'] })),
  { files: ['**/*.cjs', '**/*.mjs', '**/*.js'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  prettier,
];
