import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
  // Last: turns off every rule that would fight Prettier's formatting.
  prettier,
);
