import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

// Who may import whom (see ARCHITECTURE.md). A wrong import fails `npm test`.
const layerZones = [
  {
    target: './lib/domain',
    from: [
      './lib/db',
      './lib/services',
      './lib/browser',
      './lib/ui',
      './components',
      './entrypoints',
    ],
    message: 'lib/domain is pure: it imports only other domain modules.',
  },
  {
    target: './lib/db',
    from: ['./lib/services', './lib/browser', './lib/ui', './components', './entrypoints'],
    message: 'lib/db imports only lib/domain.',
  },
  {
    target: './lib/services',
    from: ['./lib/browser', './lib/ui', './components', './entrypoints'],
    message: 'lib/services imports only lib/domain and lib/db.',
  },
  {
    target: './lib/browser',
    from: ['./lib/db', './lib/services', './lib/ui', './components', './entrypoints'],
    message: 'lib/browser adapts browser APIs; it imports only lib/domain.',
  },
  {
    target: './lib/ui',
    from: ['./lib/services', './lib/browser', './components', './entrypoints'],
    message: 'lib/ui imports only lib/domain and lib/db.',
  },
  {
    target: './components',
    from: ['./lib/db', './lib/services', './lib/browser', './lib/ui', './entrypoints'],
    message: 'components are presentational: props in, callbacks out.',
  },
  {
    target: ['./lib', './components', './tests'],
    from: './entrypoints',
    message: 'Nothing imports an entrypoint.',
  },
];

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'test-results/', 'screenshots/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] }),
      ],
    },
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'import-x/no-default-export': 'error',
      'import-x/no-duplicates': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'User text is rendered as text.',
        },
      ],
    },
  },
  {
    files: ['lib/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['dexie', 'wxt', 'wxt/*', 'preact', 'preact/*'],
              message: 'lib/domain is pure.',
            },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'Date',
          property: 'now',
          message: 'Pass `now` in: domain code never reads the clock.',
        },
        {
          object: 'Math',
          property: 'random',
          message: 'Pass a seed in: domain code is deterministic.',
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Pass `now` in.',
        },
        { selector: "MemberExpression[object.name='crypto']", message: 'Pass ids and seeds in.' },
      ],
    },
  },
  {
    // WXT wants default exports from entrypoints and config files.
    files: ['entrypoints/*.ts', '*.config.ts', '*.config.js'],
    rules: { 'import-x/no-default-export': 'off' },
  },
  {
    // A test or benchmark that assumes wrongly fails loudly anyway.
    files: ['tests/**', 'scripts/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['**/*.mjs', 'scripts/**', 'tests/e2e/**'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
      },
    },
  },
);
