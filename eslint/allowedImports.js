// @ts-check
import { builtinModules } from 'node:module'
import path from 'node:path'

/**
 * `layers/allowed-imports`: what a folder may import, as an allow-list, the way VS Code's
 * `code-import-patterns` rule holds its layers. Anything not listed is refused, so a new kind
 * of dependency is a decision made here, in eslint.config.js, not an accident in review.
 *
 * Options: `{ allow: string[], allowTypes?: string[], message: string }`
 * - an entry starting with `/` is a glob of project paths, from the project's root, matched
 *   against where a relative import leads (`/shared/**`, `/electron/core/index.ts`); `*` is one
 *   path segment's worth of characters, `**` any number of segments;
 * - any other entry is a package: `react` allows `react` and `react/…`, `@tiptap/*` any package
 *   of that scope, `node:*` Node's built-in modules (with or without the `node:` prefix);
 * - `allowTypes` adds entries for type-only imports (`import type`), which leave no code behind.
 */
const BUILTINS = new Set(builtinModules.filter((name) => !name.startsWith('_')))
const EXTENSIONS = ['.ts', '.tsx', '.mts', '.js', '.mjs', '.cjs', '.json']

/** `**` any number of path segments, `*` one segment's worth of characters. */
export function globToRegExp(glob) {
  let source = ''
  for (let i = 0; i < glob.length; i += 1) {
    const char = glob[i]
    if (char === '*' && glob[i + 1] === '*') {
      // `a/**` matches `a` and everything below it; `**/b` any depth before `b`.
      if (glob[i + 2] === '/') {
        source += '(?:.*/)?'
        i += 2
      } else {
        source += '.*'
        i += 1
      }
    } else if (char === '*') source += '[^/]*'
    else source += char.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${source.replace(/\/\.\*$/, '(?:/.*)?')}$`)
}

function isPathEntry(entry) {
  return entry.startsWith('/')
}

/** The package a bare specifier names (`react-dom/client` → `react-dom`), builtins as `node:x`. */
export function packageName(specifier) {
  const bare = specifier.replace(/^node:/, '')
  const head = bare.split('/')[0] ?? ''
  if (specifier.startsWith('node:') || BUILTINS.has(head)) return `node:${head}`
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier)
}

/**
 * Where a relative specifier may lead, from the project's root (`/shared/csp`): the path as
 * written and as a module file or folder. Outside the project: none.
 */
export function candidates(fromFile, specifier, root) {
  const target = path.resolve(path.dirname(fromFile), specifier.replace(/\?.*$/, ''))
  const relative = path.relative(root, target).split(path.sep).join('/')
  if (relative.startsWith('..') || path.isAbsolute(relative)) return []
  const at = `/${relative}`
  return [at, ...EXTENSIONS.map((ext) => at + ext), ...EXTENSIONS.map((ext) => `${at}/index${ext}`)]
}

export function isAllowed(specifier, { fromFile, root, entries }) {
  if (specifier.startsWith('.') || specifier.startsWith('/')) {
    const globs = entries.filter(isPathEntry).map(globToRegExp)
    const options = candidates(fromFile, specifier, root)
    return options.some((option) => globs.some((glob) => glob.test(option)))
  }
  const name = packageName(specifier)
  return entries.filter((entry) => !isPathEntry(entry)).some((entry) => globToRegExp(entry).test(name))
}

/** @type {import('eslint').Rule.RuleModule} */
export const allowedImports = {
  meta: {
    type: 'problem',
    docs: { description: 'Each folder imports only what its allow-list names (docs/architecture.md, "Layers")' },
    schema: [
      {
        type: 'object',
        properties: {
          allow: { type: 'array', items: { type: 'string' } },
          allowTypes: { type: 'array', items: { type: 'string' } },
          message: { type: 'string' },
        },
        required: ['allow', 'message'],
        additionalProperties: false,
      },
    ],
    messages: { refused: "'{{specifier}}' may not be imported here: {{message}}" },
  },
  create(context) {
    const { allow, allowTypes = [], message } = context.options[0]
    const root = context.cwd
    const fromFile = context.filename
    const check = (node, source, typeOnly) => {
      if (!source || typeof source.value !== 'string') return
      const entries = typeOnly ? [...allow, ...allowTypes] : allow
      if (!isAllowed(source.value, { fromFile, root, entries })) {
        context.report({ node, messageId: 'refused', data: { specifier: source.value, message } })
      }
    }
    const typeOnlyImport = (node) =>
      node.importKind === 'type' || (node.specifiers.length > 0 && node.specifiers.every((spec) => spec.importKind === 'type'))
    return {
      ImportDeclaration: (node) => check(node, node.source, typeOnlyImport(node)),
      ExportNamedDeclaration: (node) => check(node, node.source, node.exportKind === 'type'),
      ExportAllDeclaration: (node) => check(node, node.source, node.exportKind === 'type'),
      ImportExpression: (node) => check(node, node.source.type === 'Literal' ? node.source : null, false),
      TSImportType: (node) => check(node, node.argument?.literal ?? node.argument, true),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments[0]?.type === 'Literal') {
          check(node, node.arguments[0], false)
        }
      },
    }
  },
}

export default { rules: { 'allowed-imports': allowedImports } }
