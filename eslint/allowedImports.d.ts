// Types for eslint/allowedImports.js, for its unit tests (test/unit/tooling/layerRules.test.ts).
import type { ESLint, Rule } from 'eslint'
export function globToRegExp(glob: string): RegExp
export function packageName(specifier: string): string
export function candidates(fromFile: string, specifier: string, root: string): string[]
export function isAllowed(specifier: string, context: { fromFile: string; root: string; entries: readonly string[] }): boolean
export const allowedImports: Rule.RuleModule
declare const plugin: ESLint.Plugin
export default plugin
