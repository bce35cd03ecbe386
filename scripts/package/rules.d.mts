// Types for scripts/package/rules.mjs, for its unit tests.
export type FuseName =
  | 'RunAsNode'
  | 'EnableCookieEncryption'
  | 'EnableNodeOptionsEnvironmentVariable'
  | 'EnableNodeCliInspectArguments'
  | 'EnableEmbeddedAsarIntegrityValidation'
  | 'OnlyLoadAppFromAsar'
  | 'LoadBrowserProcessSpecificV8Snapshot'
  | 'GrantFileProtocolExtraPrivileges'
export const EXPECTED_FUSES: Partial<Record<FuseName, boolean>>
export const ELECTRON_DEFAULT_FUSES: Record<FuseName, boolean>
export const REQUIRED_FILES: string[]
export type Manifest = { dependencies?: Record<string, string> }
export function runtimeDependencies(rootManifest: Manifest, readManifest: (name: string) => Manifest | undefined): Set<string>
export function packageOf(entry: string): string | undefined
export type AsarNode = { files?: Record<string, AsarNode>; unpacked?: boolean; size?: number }
export function isUnpacked(header: AsarNode, entry: string): boolean
export function archiveProblems(archive: {
  entries: readonly string[]
  files: readonly string[]
  header: AsarNode
  allowed: ReadonlySet<string>
  devDependencies: ReadonlySet<string>
  mainField: unknown
}): string[]
export function fuseProblems(
  wire: Record<number, number>,
  optionIndex: Record<string, number>,
  states: { ENABLE: number; DISABLE: number },
): string[]
export function formatBytes(bytes: number): string
