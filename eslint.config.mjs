import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { featureEntities } from './build/featureEntities.mjs';
import { featureModules } from './build/featureModules.mjs';

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
    // The storage seam (issue 16): features reach the engine only through db/storage.ts (db.storage, storageOf).
    files: ['main/**/*.ts'],
    ignores: ['main/index.ts', 'main/shell/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'Only main/shell and main/index.ts import electron.' },
            { name: 'better-sqlite3', message: 'Features never see the driver: use db.storage / storageOf(m.connection).' },
            { name: 'pg', message: 'Features never see the driver: use db.storage / storageOf(m.connection).' },
          ],
          patterns: [
            { group: ['**/renderer/**', '**/renderer'], message: 'main, db and preload never import renderer/: shared texts live in preload/texts.' },
            { group: ['**/db/sqlite', '**/db/sqliteSearch', '**/db/sqliteActorSearch', '**/db/preparedStatements', '**/db/pgSearch', '**/db/postgres'], message: 'Engine-specific code stays in db/: use db.storage / storageOf(m.connection).' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='raw'][arguments.length=0]", message: 'raw() is SQLite only and stays in db/ and tests.' },
        { selector: "MemberExpression[property.name='lastInsertRowid']", message: 'Use storage.insertId.' },
      ],
    },
  },
  {
    // Issue 12: a feature reads another feature's data through that feature's lookup module, not its
    // entities; the few files that must (GDPR, the search indexer, demo data) are listed with a reason in the rule.
    files: ['main/**/*.ts'],
    plugins: { samspil: { rules: { 'feature-entities': featureEntities, 'feature-modules': featureModules } } },
    // …and uses another feature only through its public modules (lookup.ts, seams.ts, the few listed in the rule).
    rules: { 'samspil/feature-entities': 'error', 'samspil/feature-modules': 'error' },
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
