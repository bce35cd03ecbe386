import { join } from 'node:path'
import type { CallDetail, CoachingSession } from '../../shared/entities'
import { expect, test } from './fixtures'
import { AppShell } from './pages/AppShell'
import { DebriefScreen } from './pages/BriefsScreen'
import type { CoachbookServer } from './server'
import { Database } from './support/sqlite'

/**
 * Crash safety: browser mode's server is killed (SIGKILL: no handler runs, nothing is closed) at
 * moments picked by a seeded generator, while saves and imports are under way. After each restart
 * the journal must pass SQLite's integrity_check, hold every save the client was told was saved
 * (a Result `{ ok: true }` that reached it), and hold an import whole or not at all.
 *
 * The saves go straight to the HTTP API, as the page's autosave sends them, so that 50 kills take
 * seconds; a few rounds then do the same through Chromium with real typing. The moments differ
 * from run to run (a process is killed, not simulated), the answer must not: each iteration checks
 * what is true whenever the kill lands.
 */

/** A small, seeded generator (mulberry32): the same kill schedule on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Answer = { ok: boolean; value?: unknown; error?: { code: string; message: string } }

/** The API as a script (or the page) calls it; a call the dying server never answered rejects. */
function apiOf(server: CoachbookServer): (channel: string, input: unknown) => Promise<Answer> {
  const token = new URL(server.url).searchParams.get('token') ?? ''
  return async (channel, input) => {
    const response = await fetch(`${server.origin}/api/${channel.replace('.', '/')}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(input),
    })
    return (await response.json()) as Answer
  }
}

async function value<T>(call: Promise<Answer>): Promise<T> {
  const answer = await call
  if (!answer.ok) throw new Error(`${answer.error?.code ?? '?'}: ${answer.error?.message ?? ''}`)
  return answer.value as T
}

/** SQLite's own verdict on the journal file, read beside the running server. */
function integrity(dataDir: string): string {
  const db = new Database(join(dataDir, 'coachbook.db'), { readonly: true, fileMustExist: true })
  try {
    return String(db.pragma('integrity_check', { simple: true }))
  } finally {
    db.close()
  }
}

const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] })
const version = (text: string | null | undefined) => Number(/^v(\d+)$/.exec(text ?? '')?.[1] ?? -1)

test.describe('crash safety', () => {
  test('50 kills during continuous autosave: the journal stays whole and every acknowledged save is there', async ({ server }) => {
    // 50 starts of the real server (0.3–0.6 s each on two free cores) with saves between them:
    // far more than one screen's work, with room for a machine several times slower or busier.
    test.setTimeout(300_000)
    let api = apiOf(server)
    const rep = await value<{ id: string }>(api('reps.create', { name: 'Dana Ortiz' }))
    const call = await value<{ id: string }>(api('calls.create', { repId: rep.id, date: '2026-11-02', account: 'Acme Corp' }))
    const next = random(20261206)
    let counter = 0
    const acknowledged = { debrief: -1, prebrief: -1, sessions: new Set<string>() }
    const sent = { debrief: -1, prebrief: -1 }

    for (let round = 0; round < 50; round++) {
      let killing = false
      let acks = 0
      // The round's kill comes once every writer has had a save answered and `target` saves were
      // answered in all (no polling: 50 rounds add up), so each round proves something.
      const target = 3 + Math.floor(next() * 10)
      const answeredWriters = new Set<number>()
      let reached: () => void = () => undefined
      const targetReached = new Promise<void>((resolve) => (reached = resolve))
      let writerCount = 0
      /** One autosave: the next version of a record, sent once the last one was answered. */
      const autosave = async (save: (n: number) => Promise<Answer>, onSaved: (n: number) => void, onSent: (n: number) => void = () => undefined) => {
        const writer = writerCount++
        while (!killing) {
          const n = counter++
          onSent(n)
          let answer: Answer
          try {
            answer = await save(n)
          } catch (error) {
            // Only a save the server never answered may go unanswered: the one it was killed during.
            if (killing) return
            throw error
          }
          // An answer is always a success: a refused save would be lost words.
          if (!answer.ok) throw new Error(`${answer.error?.code ?? '?'}: ${answer.error?.message ?? ''}`)
          onSaved(n)
          answeredWriters.add(writer)
          if (++acks >= target && answeredWriters.size === writerCount) reached()
        }
      }
      const writers = [
        autosave(
          (n) => api('debriefs.save', { callId: call.id, debrief: { actualRole: 'crutch', lesson: `v${n}`, notes: doc(`v${n}`) } }),
          (n) => (acknowledged.debrief = n),
          (n) => (sent.debrief = n),
        ),
        autosave(
          (n) => api('prebriefs.save', { callId: call.id, prebrief: { plannedRole: 'technical_expert', objective: `v${n}` } }),
          (n) => (acknowledged.prebrief = n),
          (n) => (sent.prebrief = n),
        ),
        autosave(
          (n) => api('sessions.create', { repId: rep.id, date: '2026-11-04', kind: 'drill', skill: `s${n}` }),
          (n) => acknowledged.sessions.add(`s${n}`),
        ),
      ]
      // A random moment: after a few answered saves, and a few milliseconds into the next ones.
      await Promise.race([targetReached, ...writers])
      await new Promise((resume) => setTimeout(resume, Math.floor(next() * 12)))
      killing = true
      await server.kill()
      await Promise.all(writers)

      await server.start()
      api = apiOf(server)
      expect(integrity(server.dataDir), `round ${round}`).toBe('ok')
      const detail = await value<CallDetail>(api('calls.get', { id: call.id }))
      const debrief = version(detail.debrief?.lesson)
      const prebrief = version(detail.prebrief?.objective)
      expect(debrief, `round ${round}: the debrief`).toBeGreaterThanOrEqual(acknowledged.debrief)
      expect(debrief).toBeLessThanOrEqual(sent.debrief)
      expect(prebrief, `round ${round}: the pre-brief`).toBeGreaterThanOrEqual(acknowledged.prebrief)
      expect(prebrief).toBeLessThanOrEqual(sent.prebrief)
      const sessions = new Set((await value<CoachingSession[]>(api('sessions.list', { repId: rep.id }))).map((s) => s.skill))
      const missing = [...acknowledged.sessions].filter((skill) => !sessions.has(skill))
      expect(missing, `round ${round}: acknowledged sessions`).toEqual([])
    }
    // Every round had each kind of save answered before its kill.
    expect(acknowledged.sessions.size).toBeGreaterThanOrEqual(50)
    expect(acknowledged.debrief).toBeGreaterThanOrEqual(0)
    expect(acknowledged.prebrief).toBeGreaterThanOrEqual(0)
  })

  test('kills during imports: each import is in the journal whole or not at all, and every listed backup reads', async ({ server }) => {
    // 20 restarts, each after up to 0.3 s of importing or once the import (and the backup taken
    // before it) is answered: room for a machine several times slower or busier.
    test.setTimeout(240_000)
    let api = apiOf(server)
    const rep = await value<{ id: string }>(api('reps.create', { name: 'Dana Ortiz' }))
    const next = random(1106)
    const CALLS = 300
    for (let round = 0; round < 20; round++) {
      const file = {
        format: 'coachbook',
        version: 1,
        exportedAt: '2026-11-23T10:00:00.000Z',
        settings: null,
        reps: [],
        calls: Array.from({ length: CALLS }, (_, j) => ({
          id: `import-${round}-${j}`,
          repId: rep.id,
          date: `2026-${String((j % 12) + 1).padStart(2, '0')}-${String((j % 28) + 1).padStart(2, '0')}`,
          account: `Account ${j}`,
          opportunity: 'An opportunity with a name long enough to fill a few pages of the journal',
        })),
        sessions: [],
      }
      // Odd rounds wait for the answer before the kill, so an acknowledged import must have
      // landed whole; even rounds kill at a seeded moment while it may be on its way (a backup
      // of the journal is taken first, then the import runs in one transaction).
      const waitForAnswer = round % 2 === 1
      let answer: Answer | null = null
      const importing = api('journal.import', { text: JSON.stringify(file) }).then(
        (result) => void (answer = result),
        () => undefined,
      )
      if (waitForAnswer) await importing
      else await new Promise((resume) => setTimeout(resume, Math.floor(next() * 300)))
      await server.kill()
      await importing
      if (waitForAnswer) expect((answer as Answer | null)?.ok, `round ${round}: the import was answered`).toBe(true)

      await server.start()
      api = apiOf(server)
      expect(integrity(server.dataDir), `round ${round}`).toBe('ok')
      const db = new Database(join(server.dataDir, 'coachbook.db'), { readonly: true })
      const count = (db.prepare('SELECT COUNT(*) FROM calls WHERE id LIKE ?').pluck().get(`import-${round}-%`) as number)
      db.close()
      expect([0, CALLS], `round ${round}: all or nothing`).toContain(count)
      if ((answer as Answer | null)?.ok) expect(count, `round ${round}: an acknowledged import`).toBe(CALLS)
      const backups = await value<Array<{ name: string; problem: string | null }>>(api('backups.list', {}))
      expect(backups.filter((backup) => backup.problem !== null), `round ${round}: backups`).toEqual([])
    }
  })

  test('in Chromium: words the page showed as saved survive a kill', async ({ page, server, journal }) => {
    // Three rounds of a page typing, a kill and a restart: three screens' worth of work.
    test.setTimeout(90_000)
    await journal.connect()
    const rep = await journal.addRep({ name: 'Dana Ortiz' })
    const call = await journal.addCall({ repId: rep.id, date: '2026-11-02', account: 'Acme Corp' })
    await journal.saveDebrief({ callId: call.id, debrief: { actualRole: 'crutch' } })
    let current = page
    let saved = ''
    for (let round = 1; round <= 3; round++) {
      const debrief = new DebriefScreen(current)
      await debrief.open(new AppShell(current, server), call.id)
      // What the page had confirmed before the last kill is there; the words typed as it died may be too.
      const found = await debrief.textbox('The lesson').inputValue()
      expect(found.startsWith(saved), `round ${round}: "${found}" keeps "${saved}"`).toBe(true)
      await debrief.textbox('The lesson').click()
      await current.keyboard.press('End')
      await current.keyboard.type(` Round ${round} saved.`)
      await debrief.expectSaved()
      saved = (await debrief.textbox('The lesson').inputValue()).trim()
      // More words, and the server dies before (or while) they are saved.
      await current.keyboard.type(' Typed as it died.')
      await server.kill()
      await server.start()
      expect(integrity(server.dataDir)).toBe('ok')
      // The old tab belongs to a server that is gone: the next round starts from the new link.
      await current.close({ runBeforeUnload: false })
      current = await page.context().newPage()
    }
    const last = new DebriefScreen(current)
    await last.open(new AppShell(current, server), call.id)
    expect((await last.textbox('The lesson').inputValue()).startsWith(saved)).toBe(true)
  })
})
