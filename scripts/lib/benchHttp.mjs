// Round trips to browser mode's API from Node, as the page makes them (`POST /api/<ns>/<method>`,
// the launch's token as a Bearer): the search's and the debrief autosave's, each beside
// `app.info`, the floor (the same HTTP, JSON and host thread hop, with no work in the journal).
import { quantile } from './benchTable.mjs'

/** The launch address's origin and token. */
export function apiOf(url) {
  const address = new URL(url)
  const token = address.searchParams.get('token')
  return async function call(channel, input = {}) {
    const [namespace, method] = channel.split('.')
    const response = await fetch(`${address.origin}/api/${namespace}/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(input),
    })
    const body = await response.json()
    if (!body.ok) throw new Error(`${channel} failed: ${JSON.stringify(body.error ?? body)}`)
    return body.value
  }
}

async function timings(count, work) {
  const times = []
  for (let i = 0; i < count; i++) {
    const started = performance.now()
    await work(i)
    times.push(performance.now() - started)
  }
  return times
}

/** Words and prefixes a manager types into the search: common and rare, whole and cut short. */
export const SEARCH_QUERIES = ['budget', 'pric', 'pricing', 'approved', 'discovery', 'bud', 'objection', 'de', 'renewal', 'timeline', 'a', 'legal review', 'procurement', 'champion', 'next steps']

/** p50, p95 and max of `rounds` searches (every query of SEARCH_QUERIES in turn), and of as many `app.info`. */
export async function searchRoundTrips(call, rounds = 3) {
  for (const text of SEARCH_QUERIES.slice(0, 3)) await call('search.query', { text }) // warm the statements
  const count = SEARCH_QUERIES.length * rounds
  const search = await timings(count, (i) => call('search.query', { text: SEARCH_QUERIES[i % SEARCH_QUERIES.length] }))
  const info = await timings(count, () => call('app.info', {}))
  return {
    p50: quantile(search, 0.5),
    p95: quantile(search, 0.95),
    max: Math.max(...search),
    floor: { p50: quantile(info, 0.5), p95: quantile(info, 0.95) },
    count,
  }
}

/**
 * The newest held call with a debrief (among the hundred before `today`, else before each earlier
 * fortnight), with its debrief. A journal seeded days ago has its newest held calls not debriefed
 * yet, as a manager's would.
 */
export async function debriefedCall(call, today) {
  // The newest calls are planned ones, not debriefed yet: look before today, then further back.
  for (let weeksBack = 0; weeksBack <= 8; weeksBack += 2) {
    const to = new Date(Date.parse(`${today}T12:00:00Z`) - weeksBack * 7 * 86_400_000).toISOString().slice(0, 10)
    const { items } = await call('calls.list', { to, limit: 100 })
    for (const item of items.filter((summary) => summary.actualRole !== null)) {
      const detail = await call('calls.get', { id: item.id })
      if (detail.debrief) return { callId: item.id, debrief: detail.debrief }
    }
  }
  return null
}

/**
 * p99 of `count` debrief saves as the autosave sends them (the whole debrief, one field changed
 * each time), then the debrief as it was; and p99 of as many `app.info`.
 */
export async function autosaveRoundTrips(call, target, count = 100) {
  const { callId, debrief } = target
  const lesson = debrief.lesson ?? ''
  const saves = await timings(count, (i) => call('debriefs.save', { callId, debrief: { ...debrief, lesson: `${lesson} (bench ${i})`.trim() } }))
  await call('debriefs.save', { callId, debrief })
  const info = await timings(count, () => call('app.info', {}))
  return { p99: quantile(saves, 0.99), floor: quantile(info, 0.99) }
}

/**
 * p95 of `count` reads of the reminders inbox, as the bell makes one after each save (the core's
 * own clock), and of as many `app.info`.
 */
export async function remindersRoundTrips(call, count = 30) {
  await call('reminders.list', {}) // warm the statements
  const reads = await timings(count, () => call('reminders.list', {}))
  const info = await timings(count, () => call('app.info', {}))
  return { p95: quantile(reads, 0.95), floor: quantile(info, 0.95), count }
}

/** A 500-paragraph rich-text document (about 48 KB of text), as the editor stores one. */
export function longDocument(paragraphs = 500) {
  const sentence = 'Asked about the budget owner early, then let the rep run the discovery without stepping in; '
  return {
    type: 'doc',
    content: Array.from({ length: paragraphs }, (_, i) => ({ type: 'paragraph', content: [{ type: 'text', text: `${i + 1}. ${sentence}` }] })),
  }
}
