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

const userTextAsText = {
  selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
  message: 'User text is rendered as text.',
};

/** Matches an import of any of `names` or of a file inside one of them. */
const anyOf = (names) => `^(?:${names.join('|')})(?:\\/|$)`;
const extensionPackages = ['wxt', '@wxt-dev', '#imports'];
const databasePackages = ['dexie', 'dexie-export-import'];
const domainLibraries = ['date-fns', 'ts-fsrs', 'markdown-it', 'yaml', 'minisearch'];

// Which packages each layer may use (see ARCHITECTURE.md): paths alone let a component import
// `dexie` or a service `wxt/browser`. `import()` is checked too, since views load code lazily.
const layerPackages = [
  {
    files: ['lib/domain/**'],
    regex: `^(?!\\.\\.?\\/)(?!${anyOf(domainLibraries)})`,
    message: `lib/domain is pure: besides its own modules it imports only ${domainLibraries.join(', ')}.`,
    // A file has one list of forbidden syntax, so the domain's other selectors join this one.
    syntax: [
      {
        selector: "NewExpression[callee.name='Date'][arguments.length=0]",
        message: 'Pass `now` in.',
      },
      { selector: "MemberExpression[object.name='crypto']", message: 'Pass ids and seeds in.' },
    ],
  },
  {
    files: ['lib/db/**', 'lib/services/**', 'lib/ui/**'],
    regex: anyOf(extensionPackages),
    message: 'Browser APIs live in lib/browser; entrypoints pass what they return in.',
  },
  {
    files: ['lib/browser/**'],
    regex: anyOf(databasePackages),
    message: 'lib/browser gets its data through callbacks; it never opens the database.',
  },
  {
    files: ['components/**'],
    regex: anyOf([...databasePackages, ...extensionPackages]),
    message: 'components are presentational: props in, callbacks out.',
  },
];

// `chrome` is declared globally, so a browser call needs no import to slip past the rules above.
const noBrowserGlobals = {
  files: ['lib/domain/**', 'lib/db/**', 'lib/services/**', 'lib/ui/**', 'components/**'],
  rules: {
    'no-restricted-globals': [
      'error',
      ...['chrome', 'browser'].map((name) => ({
        name,
        message: 'Browser APIs live in lib/browser; entrypoints pass what they return in.',
      })),
    ],
  },
};

// The resolver knows no tsconfig aliases, so `@/lib/db` would slip past the zones.
const viaAlias = {
  regex: '^[@~]{1,2}(?:\\/|$)',
  message: 'Import by relative path, so the layer rules can see what is imported.',
};

const layerPackageBlocks = layerPackages.map(({ files, regex, message, syntax = [] }) => {
  const patterns = [{ regex, message }, viaAlias];
  return {
    files,
    rules: {
      'no-restricted-imports': ['error', { patterns }],
      'no-restricted-syntax': [
        'error',
        userTextAsText,
        ...patterns.map((p) => ({
          selector: `ImportExpression[source.value=/${p.regex}/]`,
          message: p.message,
        })),
        ...syntax,
      ],
    },
  };
});

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
      'no-restricted-syntax': ['error', userTextAsText],
    },
  },
  ...layerPackageBlocks,
  noBrowserGlobals,
  {
    files: ['lib/domain/**'],
    rules: {
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
