import { acquireBuild, BUILD_DIR_ENV } from '../helpers/appBuild'

/**
 * One build for the whole end-to-end run: the one `npm test` made, else a new one removed at the
 * end. Workers start after this and inherit `COACHBOOK_BUILD_DIR` (test/e2e/server.ts reads it).
 */
export default function globalSetup(): () => void {
  const build = acquireBuild()
  process.env[BUILD_DIR_ENV] = build.dir
  return build.release
}
