// `npm run cli` and `npm run web` build first; the build's chatter must not mix with the command's
// stdout (`npm run cli -- export > journal.json`), so it is shown, on stderr, only if the build fails.
import { electronViteBuild } from './electronVite.mjs'

const { code, output } = await electronViteBuild({ quiet: true })
if (code !== 0) {
  process.stderr.write(output)
  process.stderr.write('coachbook: the build failed (see above)\n')
  process.exitCode = code
}
