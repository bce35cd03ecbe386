// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

/**
 * The layer rules of docs/architecture.md, enforced here rather than by goodwill:
 * shared is pure; the renderer never reaches Node, Electron or the database; the core never
 * imports Electron or the renderer; the preload imports only electron and the contract; and
 * renderer components never reach the api or features.
 */
// Bare names are matched exactly (as `paths`), so a local module such as `./http` stays allowed;
// `node:*` and the folder globs are gitignore-style `patterns`.
const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'url', 'util', 'stream', 'worker_threads']
const isExactName = (name) => !name.includes('*') && !name.includes('/')
const restrict = (...groups) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: groups.flatMap(({ group, message }) => group.filter(isExactName).map((name) => ({ name, message }))),
      patterns: groups
        .map(({ group, message }) => ({ group: group.filter((name) => !isExactName(name)), message }))
        .filter(({ group }) => group.length > 0),
    },
  ],
})
const group = (group, message) => ({ group, message })

export default tseslint.config(
  { ignores: ['out/**', '.scratch/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.node.json', './tsconfig.web.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/only-throw-error': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    // Keep disableTypeChecked's parserOptions (no project): plain JS files are in no tsconfig.
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: { ...globals.node } },
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrict(
      group(nodeBuiltins, 'shared/ is pure: no Node built-ins'),
      group(['electron', 'electron/*', 'better-sqlite3', 'react', 'react-dom', '@tiptap/*', 'recharts'], 'shared/ is pure: no Electron, database or UI libraries'),
      group(['**/electron/**', '**/renderer/**'], 'shared/ imports nothing from the faces or the core'),
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(
        group([...nodeBuiltins, 'better-sqlite3'], 'The renderer runs in a browser: no Node or database'),
        group(['electron', 'electron/*', '**/electron/**'], 'The renderer talks to the core only through src/api'),
      ),
    },
  },
  {
    files: ['renderer/src/components/**/*.{ts,tsx}'],
    rules: restrict(
      group([...nodeBuiltins, 'better-sqlite3', 'electron', 'electron/*', '**/electron/**'], 'The renderer runs in a browser: no Node or database'),
      group(['**/api', '**/api/**', '**/features/**'], 'components/ are shared UI without data access: no api or features'),
    ),
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: restrict(
      group(['electron', 'electron/*'], 'The core never imports Electron: it also runs in browser mode and the CLI'),
      group(['**/renderer/**', '**/main/**', '**/preload/**', '**/web/**', '**/cli/**'], 'The core does not depend on its faces'),
    ),
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: restrict(
      group([...nodeBuiltins, 'better-sqlite3', '**/core/**', '**/main/**', '**/renderer/**', 'zod'], 'The preload imports only electron and the contract'),
    ),
  },
  {
    files: ['electron/web/**/*.ts', 'electron/cli/**/*.ts'],
    rules: restrict(group(['electron', 'electron/*'], 'Browser mode and the CLI run without Electron')),
  },
)
