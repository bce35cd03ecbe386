// Runs inside `npm exec --package=@doyensec/electronegativity@<pinned>` (scripts/security-audit.mjs),
// which puts the tool's command on PATH without making it a dependency of the project. Its CLI
// writes findings with two unordered asynchronous writes (the CSV header can land over the first
// finding), so this calls its programmatic runner instead and writes every finding, and every
// file it could not parse, as JSON.
//
//   node run-electronegativity.mjs <folder to scan> <electron version> <output.json>
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

const [input, electronVersion, output] = process.argv.slice(2)
const loaded = createRequire(toolRoot())('./dist/runner.js')
// Babel's output: `module.exports = exports.default`.
const runner = typeof loaded === 'function' ? loaded : loaded.default

const result = await runner({
  input: path.resolve(input),
  isRelative: true,
  isVerbose: false,
  isSarif: false,
  customScan: [],
  // It would fetch Electron's release list from GitHub to look for newer security fixes: this
  // runs offline, and the Electron version is pinned by the lockfile and updated on purpose.
  excludeFromScan: ['availablesecurityfixesglobalcheck'],
  electronVersionOverride: electronVersion,
  parserPlugins: [],
})

fs.writeFileSync(
  output,
  JSON.stringify({
    checks: result.globalChecks + result.atomicChecks,
    errors: result.errors.map((error) => ({ file: path.relative(input, error.file), message: error.message, tolerable: error.tolerable })),
    issues: result.issues.map((issue) => ({
      id: issue.id,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      file: issue.file,
      line: issue.location?.line ?? 0,
      sample: issue.sample ?? '',
      description: issue.description,
      manualReview: Boolean(issue.manualReview),
    })),
  }),
)

/** The tool's package folder, found from its command that `npm exec` put on PATH. */
function toolRoot() {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    for (const name of ['electronegativity', 'electronegativity.cmd']) {
      const bin = path.join(dir, name)
      if (!fs.existsSync(bin)) continue
      const real = fs.realpathSync(bin)
      // …/node_modules/@doyensec/electronegativity/dist/index.js, or a .cmd shim beside node_modules/.bin
      const fromScript = path.resolve(path.dirname(real), '..')
      if (fs.existsSync(path.join(fromScript, 'dist', 'runner.js'))) return path.join(fromScript, 'package.json')
      const fromShim = path.resolve(dir, '..', '@doyensec', 'electronegativity')
      if (fs.existsSync(path.join(fromShim, 'dist', 'runner.js'))) return path.join(fromShim, 'package.json')
    }
  }
  throw new Error('Electronegativity is not on PATH: run this through scripts/security-audit.mjs')
}
