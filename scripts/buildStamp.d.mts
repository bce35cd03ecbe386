// Types for scripts/buildStamp.mjs, for electron.vite.config.ts and the unit tests.
export const STAMP_FILE: string
export const INPUT_FOLDERS: string[]
export const INPUT_FILES: string[]
export const BUILD_OUTPUTS: string[]
export type Inputs = { inputs: string; stat: string }
export function inputsFingerprint(root?: string): string
export function inputsStat(root?: string): string
export function takeInputs(root?: string): Inputs
export function clearStamp(outDir: string): void
export function writeStamp(outDir: string, inputs: Inputs): void
export function isBuildCurrent(outDir: string, root?: string): boolean
