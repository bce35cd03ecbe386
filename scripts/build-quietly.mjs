// `npm run cli`, `npm run web` and `npm run bench` need the app built in out/, but not rebuilt
// each time: the build's stamp says whether out/ is a complete build of the sources as they are
// now (scripts/buildStamp.mjs), and only a stale or missing build is made again. The build's
// chatter must not mix with the command's stdout (`npm run -s cli -- export > journal.json`), so
// it is shown, on stderr, only if the build fails.
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { isBuildCurrent } from './buildStamp.mjs'
import { electronViteBuild, root } from './electronVite.mjs'

export const OUT_DIR = path.join(root, 'out')

/** Builds out/ unless it is current; answers 0, or the failed build's exit code (after saying why). */
export async function buildIfStale() {
  if (isBuildCurrent(OUT_DIR)) return 0
  const { code, output } = await electronViteBuild({ quiet: true })
  if (code !== 0) {
    process.stderr.write(output)
    process.stderr.write('coachbook: the build failed (see above)\n')
  }
  return code
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await buildIfStale()
}
