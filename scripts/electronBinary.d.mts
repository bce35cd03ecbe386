// Types for scripts/electronBinary.mjs, for its unit test.
export function findElectronBinary(env?: NodeJS.ProcessEnv): { found: true; binary: string } | { found: false; reason: string }
