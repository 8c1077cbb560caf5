import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The modules of src/modules from the bottom up. A module imports only from modules in lower layers, never from
 * its own layer or above, so the modules form no cycle (the twin of the backend's ArchitectureTest). `ui` sits
 * right above `api` (GraphQL errors, worded) and `i18n`, and imports no feature; `shell` only composes.
 * A feature that needs another one moves that one a layer down.
 */
const LAYERS = [
  ['i18n'],
  ['api'],
  ['ui'],
  ['auth'],
  ['workspace'],
  ['alert'],
  // The publication filter model is shared by the publications list and the reports.
  ['publication'],
  ['balance', 'brand', 'channel', 'dataimport', 'report', 'segment', 'supplier'],
  // The customer base: the parts of a record's card and the grids' shared paging and saved views, then the
  // companies (their picker serves the contact form), then the contacts.
  ['analytic', 'consent', 'equipment', 'paging', 'purchase', 'savedview', 'timeline'],
  // The frame both companies and contacts fill in: the list page (paging + saved views) and the card layout.
  ['record'],
  ['company'],
  ['contact'],
  // Target groups and the quality dashboard build on the customer base (analytics, the contact card).
  ['quality', 'targetgroup'],
  ['shell'],
];

const moduleBoundaries = LAYERS.flatMap((layer, index) => {
  const notBelow = LAYERS.slice(index).flat();
  if (notBelow.length === 1) return []; // the top module may import anything
  return layer.map((module) => ({
    target: `./src/modules/${module}`,
    from: notBelow.filter((other) => other !== module).map((other) => `./src/modules/${other}`),
    message: `${module} may import only from ${LAYERS.slice(0, index).flat().join(', ') || 'no other module'} (see LAYERS in eslint.config.js).`,
  }));
});

export default tseslint.config(
  { ignores: ['dist/', 'target/', 'src/generated/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // The two classic hook rules. The plugin's React Compiler rules (set-state-in-effect, refs, purity, …) are
      // left off: this app does not use the compiler, and they flag 22 working effects that would need rewriting.
      'react-hooks/rules-of-hooks': 'error',
      // A missed dependency is a stale-closure bug; a deliberate omission says why in a disable comment.
      'react-hooks/exhaustive-deps': 'error',
      // `const { omitted, ...rest } = value` is how a field is dropped from an object.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    // Without TypeScript's extensions import-x follows no .ts import and no-cycle silently finds nothing.
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver()],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: moduleBoundaries }],
    },
  },
  {
    // A screen calls hooks, hooks call operations: the hook of an operation owns what it invalidates.
    files: ['src/views/**/*.tsx', 'src/modules/*/components/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'urql',
              importNames: ['useQuery', 'useMutation', 'useSubscription', 'useClient'],
              message: 'Call the operation through its hook in modules/<feature>/hooks/.',
            },
          ],
        },
      ],
    },
  },
  // Last: turns off every rule that would fight Prettier's formatting.
  prettier,
);
