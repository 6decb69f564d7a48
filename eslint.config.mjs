import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['**/*.mjs'], languageOptions: { globals: globals.node } },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Only the shell may touch Electron; everything else runs in plain Node.
    files: ['main/**/*.ts', 'db/**/*.ts', 'preload/contract/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    ignores: ['main/index.ts', 'main/shell/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Only main/shell and main/index.ts import electron.' }] }] },
  },
  {
    // Texts live in preload/texts, which every runtime reads; main, db and preload never reach into the renderer.
    files: ['main/**/*.ts', 'db/**/*.ts', 'preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Only main/shell and main/index.ts import electron.' }],
          patterns: [{ group: ['**/renderer/**', '**/renderer'], message: 'main, db and preload never import renderer/: shared texts live in preload/texts.' }],
        },
      ],
    },
  },
  {
    files: ['main/index.ts', 'main/shell/**', 'preload/index.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/**', '**/renderer'], message: 'main, db and preload never import renderer/: shared texts live in preload/texts.' }] },
      ],
    },
  },
);
