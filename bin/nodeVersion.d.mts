// Types for bin/nodeVersion.mjs, for its unit tests and scripts/cli.mjs.
export function minimumOf(range: string | undefined): [number, number, number] | undefined
export function nodeVersionProblem(version: string, range: string | undefined): string | null
export function requiredNode(packageJsonUrl?: URL): string | undefined
