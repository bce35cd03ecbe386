import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { openCore, type Core } from '../core'
import { encryptJournal } from '../core/encryption/convert'
import { newDataKey } from '../core/encryption/keyFile'
import { databasePath } from '../core/paths'

/**
 * What encryption at rest costs (docs/encryption.md): the same journal, plain and encrypted
 * (SQLCipher through SQLite3MultipleCiphers), opened the way the app opens it, timed on the
 * operations a person waits for: opening the journal, the Insights reads, a search, and saves
 * (each its own transaction, written to disk as autosave writes). Budget: encrypted ≤ 1.3× plain.
 */
const BUDGET_RATIO = 1.3

type Step = { label: string; run: (core: Core, round: number) => unknown }

export function benchEncryption(context: {
  source: Core
  today: string
  seeded: { from: string; to: string }
  runs: number
  out: (line?: string) => void
}): void {
  const { source, seeded, runs, out } = context
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'coachbook-bench-crypt-'))
  try {
    const plainDir = path.join(base, 'plain')
    const encryptedDir = path.join(base, 'encrypted')
    for (const dir of [plainDir, encryptedDir]) {
      fs.mkdirSync(dir)
      source.db.prepare('VACUUM INTO ?').run(databasePath(dir))
    }
    const key = newDataKey()
    const started = performance.now()
    encryptJournal(encryptedDir, key)
    const encryptMs = performance.now() - started

    const all = { from: seeded.from, to: seeded.to, asOf: seeded.to }
    const steps: Step[] = [
      { label: 'insights.metrics, all time', run: (core) => core.handlers.insights.metrics(all) },
      { label: 'insights.charts, all time', run: (core) => core.handlers.insights.charts(all) },
      { label: 'search.query "disc"', run: (core) => core.handlers.search.query({ text: 'disc', limit: 50, offset: 0 }) },
      { label: 'calls.list, first page', run: (core) => core.handlers.calls.list({ sort: 'date', limit: 50, offset: 0 }) },
      { label: 'a save (reps.create, one transaction)', run: (core, round) => core.handlers.reps.create({ name: `Bench rep ${round}`, title: null }) },
    ]
    const open = (dir: string, withKey: boolean) => openCore({ dataDir: dir, face: 'cli', appVersion: 'bench', ...(withKey ? { key } : {}) })
    const openMs = (dir: string, withKey: boolean) =>
      medianOf(runs, () => {
        const core = open(dir, withKey)
        void core.handlers.home.summary({ today: seeded.to })
        core.close()
      })
    const timings = (dir: string, withKey: boolean): number[] => {
      const core = open(dir, withKey)
      try {
        return steps.map((step) => {
          let round = 0
          return medianOf(runs, () => step.run(core, round++))
        })
      } finally {
        core.close()
      }
    }
    // Alternated, so neither side gets a quieter machine.
    const plainOpen = openMs(plainDir, false)
    const encryptedOpen = openMs(encryptedDir, true)
    const plain = timings(plainDir, false)
    const encrypted = timings(encryptedDir, true)
    const rows = [
      ['open + home.summary', plainOpen, encryptedOpen] as const,
      ...steps.map((step, i) => [step.label, plain[i] ?? NaN, encrypted[i] ?? NaN] as const),
    ]
    const header = ['Operation', 'plain ms', 'encrypted ms', 'ratio']
    const table = rows.map(([label, p, e]) => [label, p.toFixed(2), e.toFixed(2), `${(e / p).toFixed(2)}×`])
    const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i]?.length ?? 0)))
    const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ')
    const sizeMb = fs.statSync(databasePath(plainDir)).size / 1e6
    out(`Encryption at rest: the same journal (${sizeMb.toFixed(0)} MB) plain and encrypted, median of ${runs} runs; turning encryption on took ${(encryptMs / 1000).toFixed(1)} s`)
    out(line(header))
    for (const row of table) out(line(row))
    const totalPlain = rows.reduce((sum, [, p]) => sum + p, 0)
    const totalEncrypted = rows.reduce((sum, [, , e]) => sum + e, 0)
    const ratio = totalEncrypted / totalPlain
    const over = rows.filter(([, p, e]) => e / p > BUDGET_RATIO).map(([label]) => label)
    out(`All together: ${ratio.toFixed(2)}× (budget ${BUDGET_RATIO}×)${over.length > 0 ? `; over it alone: ${over.join(', ')}` : '; every operation within it'}.`)
    out()
  } finally {
    fs.rmSync(base, { recursive: true, force: true })
  }
}

function medianOf(runs: number, work: () => unknown): number {
  work()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    work()
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)] ?? Number.NaN
}
