// How fast this machine is at the two things the benchmark's figures lean on, measured beside
// them so tables taken on different machines (or days) can be compared: a fixed stretch of
// JavaScript, and memory touched for the first time. The second varies most between the virtual
// machines here: on 2026-12-07 one took ~12 µs per fresh 4 KB page (1 GiB first touched in ~3 s),
// many times what bare hardware takes, and every figure that starts a process, opens a browser context or parses
// a large file paid for it (docs/performance.md, "The machine").
import { spawnSync } from 'node:child_process'

const MIB = 1024 * 1024
/** Fresh memory touched per sample: enough pages (65,536) for a steady figure, little time. */
const FRESH_BYTES = 256 * MIB

// Each sample in a process of its own: memory a process frees goes back to the system and may be
// slow to fault in again, but one allocation of fresh pages is what a starting process meets.
const PROBE = `
const started = performance.now()
Buffer.allocUnsafeSlow(${FRESH_BYTES}).fill(1)
const fresh = performance.now() - started
let sum = 0
const loopStart = performance.now()
for (let i = 0; i < 1e8; i++) sum = (sum + i * 7) % 1000003
const cpu = performance.now() - loopStart
process.stdout.write(JSON.stringify({ fresh, cpu, sum }))
`

/** Figures `machine.freshMemory` (ms per 256 MiB) and `machine.cpu` (ms), `runs` samples each. */
export function machineFigures(runs = 3) {
  const fresh = []
  const cpu = []
  for (let run = 0; run < runs; run++) {
    const probe = spawnSync(process.execPath, ['-e', PROBE], { encoding: 'utf8' })
    if (probe.status !== 0) throw new Error(`the machine probe failed: ${probe.stderr.trim().split('\n')[0] ?? ''}`)
    const measured = JSON.parse(probe.stdout)
    fresh.push(measured.fresh)
    cpu.push(measured.cpu)
  }
  const perPage = (ms) => (ms * 1000) / (FRESH_BYTES / 4096)
  const median = [...fresh].sort((a, b) => a - b)[Math.floor(fresh.length / 2)]
  return {
    'machine.freshMemory': { samples: fresh, note: `${perPage(median).toFixed(1)} µs per 4 KB page` },
    'machine.cpu': { samples: cpu, note: '100 million steps of integer arithmetic' },
  }
}
