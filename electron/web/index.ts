/**
 * Browser mode's one door for other faces. `coachbook serve` (electron/cli) composes the web face
 * through this file and nothing else: a face never imports another face's internals (the lint
 * rule in eslint.config.js allows the CLI exactly this module; docs/architecture.md, "Layers").
 */
export { startWebHost, type WebHost, type WebHostOptions } from './server'
export type { ChangeFeed } from './events'
