// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import layers from './eslint/allowedImports.js'

/**
 * The layer rules of docs/architecture.md ("Layers"), as per-folder allow-lists (the way VS Code's
 * import patterns hold its layers): each folder names everything it may import, and anything
 * else is an error. Project paths start with `/` (from the project's root); other entries are
 * packages (`node:*` is Node's built-ins). test/unit/tooling/layerRules.test.ts lints a probe
 * import per folder and rule, so a loosened or broken rule fails a test.
 *
 * - shared/ is pure: only itself and zod.
 * - electron/core is the Node layer under every face: never Electron, never a face.
 * - Faces (main, web, cli, preload, renderer) never import one another. What two faces share
 *   lives below them, in shared/ or in the core's public modules (CORE_FOR_FACES). The one
 *   exception: the CLI's `serve` composes the web face through its door, electron/web/index.ts.
 * - The preload imports only electron and the dependency-free shared modules (types from all of
 *   shared), since it runs sandboxed; the renderer only itself, shared/ and browser libraries.
 */
const NODE = 'node:*'
/** The core's modules the faces may use; everything else under electron/core is its own business. */
const CORE_FOR_FACES = [
  '/electron/core/index.ts',
  '/electron/core/backups/index.ts',
  '/electron/core/host/**',
  '/electron/core/host.ts',
  '/electron/core/paths.ts',
  '/electron/core/files.ts',
  '/electron/core/rendererFiles.ts',
]
const SQLITE_DRIVER = 'better-sqlite3-multiple-ciphers'
/** What the core may import; the SQLite driver only for its types, except in db/database.ts (below). */
const CORE_IMPORTS = ['/electron/core/**', '/shared/**', NODE, 'zod', 'csv-parse', 'csv-stringify', 'ical.js']
const CORE_MESSAGE = 'the core runs under every face: Node, the database and shared/, never Electron or a face; connections come from openDatabase (db/database.ts)'
const RENDERER_LIBRARIES = ['react', 'react-dom', 'wouter', '@tanstack/*', '@tiptap/*', 'recharts', 'dompurify']
const layer = (allow, message, allowTypes = []) => ({ 'layers/allowed-imports': ['error', { allow, allowTypes, message }] })

export default tseslint.config(
  {
    ignores: [
      'out/**',
      '.scratch/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'coverage/**',
      // electron-vite bundles its config to a file beside it for the length of a build; npm test
      // lints while it builds, and a file that vanishes mid-lint stops ESLint.
      'electron.vite.config.ts.*.mjs',
    ],
  },
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
    files: ['shared/**/*.ts', 'electron/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    plugins: { layers },
  },
  {
    files: ['shared/**/*.ts'],
    rules: layer(['/shared/**', 'zod'], 'shared/ is pure TypeScript: only shared/ and zod'),
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: layer(CORE_IMPORTS, CORE_MESSAGE, [SQLITE_DRIVER]),
  },
  {
    // The one place a connection is made, so every one keeps SQLite's temporary storage in
    // memory (a locked journal's words never reach an unencrypted temporary file).
    files: ['electron/core/db/database.ts'],
    rules: layer([...CORE_IMPORTS, SQLITE_DRIVER], CORE_MESSAGE),
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: layer(
      ['/electron/main/**', '/shared/**', ...CORE_FOR_FACES, 'electron', NODE, 'zod'],
      "main is the Electron face: Electron, Node, shared/ and the core's public modules, never another face or the database",
    ),
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: layer(
      [
        'electron',
        '/shared/channels.ts',
        '/shared/printBridge.ts',
        '/shared/appCommands.ts',
        '/shared/journalEvents.ts',
        '/shared/folderBridge.ts',
      ],
      'the sandboxed preload imports only electron and the dependency-free shared modules',
      ['/shared/**'],
    ),
  },
  {
    files: ['electron/web/**/*.ts'],
    rules: layer(
      ['/electron/web/**', '/shared/**', ...CORE_FOR_FACES, NODE],
      "browser mode runs without Electron: Node, shared/ and the core's public modules, never another face",
    ),
  },
  {
    // Imported as an ES module, node:http brings Node's fetch client (undici) with it: ~40 ms of
    // every `coachbook serve` start (electron/web/server.ts takes it with process.getBuiltinModule).
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['node:http', 'http'].map((name) => ({
            name,
            allowTypeImports: true,
            message: "Take it with process.getBuiltinModule('node:http') (see electron/web/server.ts); a type import is fine.",
          })),
        },
      ],
    },
  },
  {
    files: ['electron/cli/**/*.ts'],
    rules: layer(
      [
        '/electron/cli/**',
        '/shared/**',
        ...CORE_FOR_FACES,
        '/electron/core/services/seed/index.ts',
        // The one seam between faces: `serve` composes browser mode through its door.
        '/electron/web/index.ts',
        '/package.json',
        NODE,
        'commander',
      ],
      "the CLI runs without Electron: Node, commander, shared/, the core's public modules and browser mode's door (electron/web/index.ts)",
    ),
  },
  {
    // The benchmark measures the core's own services, so it may reach inside; its floors use
    // the SQLite driver bare (the same rows without the journal's schema).
    files: ['electron/cli/bench*.ts'],
    rules: layer(['/electron/core/**', '/electron/cli/bench*.ts', '/shared/**', '/package.json', NODE, 'better-sqlite3-multiple-ciphers'], 'the benchmark uses the core, the SQLite driver and Node only'),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...layer(['/renderer/**', '/shared/**', ...RENDERER_LIBRARIES], 'the renderer runs in a browser: itself, shared/ and UI libraries; the core only through src/api'),
      // The one module that knows what the renderer runs on (src/platform.ts) reads the bridge.
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='coachbook']", message: 'Ask src/platform.ts what the renderer runs on' },
        { selector: "TSPropertySignature[key.name='coachbook']", message: 'Ask src/platform.ts what the renderer runs on' },
      ],
    },
  },
  {
    files: ['renderer/src/platform.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['renderer/src/components/**/*.{ts,tsx}'],
    rules: layer(
      ['/renderer/src/components/**', '/renderer/src/lib/**', '/shared/**', 'react', 'react-dom'],
      'components/ are shared UI without data access: no api, features or platform',
    ),
  },
)
