import type { ParseJob } from './jobs'

/**
 * How long, and with how much memory, the sandbox may read one file (docs/limits.md). Both grow
 * with the file, from a floor that a small file never comes near: a legitimate file is read in a
 * fraction of its limit, and a hostile one (a calendar rule that never ends, a file built to blow
 * up in memory) is stopped at it. Sizes are in millions of characters of the file's text.
 */
export type SandboxLimits = {
  /** Wall-clock time from starting the worker to its answer. */
  timeMs: number
  /** The worker's heap ceiling (V8's old generation), in MB. */
  memoryMb: number
}

type Rule = { baseMs: number; msPerMillion: number; baseMb: number; mbPerMillion: number }

/**
 * Measured on a 2-core machine (docs/limits.md): a journal file of 189 million characters was
 * read and validated in 27 s with a heap of 1.5 GB (it failed at 1 GB); a 49-million-character
 * CSV in 4 s (fails at 256 MB, reads at 384 MB); a 48-million-character calendar of 235,000
 * events in 5 s (fails at 384 MB, reads at 1 GB). The limits leave four times that time and two
 * to three times that memory; the floors keep a small file far from either.
 */
const RULES: Record<ParseJob['kind'], Rule> = {
  journal: { baseMs: 10_000, msPerMillion: 500, baseMb: 256, mbPerMillion: 16 },
  csv: { baseMs: 10_000, msPerMillion: 250, baseMb: 256, mbPerMillion: 16 },
  ics: { baseMs: 10_000, msPerMillion: 500, baseMb: 256, mbPerMillion: 32 },
}

export function limitsFor(job: ParseJob): SandboxLimits {
  const rule = RULES[job.kind]
  const millions = job.text.length / 1_000_000
  return {
    timeMs: Math.round(rule.baseMs + rule.msPerMillion * millions),
    memoryMb: Math.round(rule.baseMb + rule.mbPerMillion * millions),
  }
}
