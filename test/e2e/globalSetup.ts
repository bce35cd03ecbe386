import { acquireBuild, BUILD_DIR_ENV, COMPILE_CACHE_DIR } from '../helpers/appBuild'

/**
 * One build for the whole end-to-end run: the one `npm test` made, else a new one removed at the
 * end. Workers start after this and inherit `COACHBOOK_BUILD_DIR` (test/e2e/server.ts reads it) and Node's compile cache
 * (`NODE_COMPILE_CACHE`: `npm test` gives its run one of its own, a run alone shares one in the project).
 */
export default function globalSetup(): () => void {
  const build = acquireBuild()
  process.env[BUILD_DIR_ENV] = build.dir
  // Every test starts the built server at least once: compiled once, not a few hundred times.
  process.env['NODE_COMPILE_CACHE'] ??= COMPILE_CACHE_DIR
  return build.release
}
