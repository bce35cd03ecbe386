// The browser half of the benchmark's page figures (scripts/bench-ui.mjs): opening a screen to
// its readiness signal, the first screen's JavaScript, memory, search typing and editor typing.
// Functions taking `page` run in Node through Playwright; those marked "in the page" are passed
// to page.evaluate and must stay self-contained.
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { quantile } from './benchTable.mjs'

/* global window, document, MutationObserver, requestAnimationFrame -- the "in the page" functions run there */

/**
 * Opens `url` in a fresh page and waits for `selector` (the screen's readiness signal): ms from
 * the navigation's start, and the scripts the page asked for by then (bytes and gzip bytes). A
 * script asked for after the signal (the idle preload of other screens) is not the first
 * screen's, even when its answer is reported a moment later.
 *
 * The time is read from the page's own note of the moment the signal appeared (`markReady`),
 * not from when Node heard of it. (Until stop 26 Node heard through `waitForSelector`, which
 * polls at 0, 20, 50, 100, 100 and then every 500 ms (Playwright 1.65), so a signal set at 1.2 s
 * after a wait begun at 0.45 s was heard at 1.77 s: figures taken from the wait's return were
 * rounded up to the next poll, by up to half a second — issue 13: the all-time report's 1.29 s at
 * stop 19 and 1.78–1.92 s at stop 20 were the same page, ready at 1.2–1.4 s.)
 */
export async function openTimed(context, url, selector) {
  const page = await context.newPage()
  const scripts = []
  page.on('response', (response) => {
    const request = response.request()
    if (request.resourceType() === 'script') scripts.push({ askedAt: request.timing().startTime, body: response.body().catch(() => Buffer.alloc(0)) })
  })
  // The page notes when the signal appears, and says so itself through a binding. Not by a
  // Playwright wait: its first use injects Playwright's selector engine into the page (~27 ms of
  // the main thread's script, traced at stop 26), which landed inside the opening it measured.
  let heard
  const readyHeard = new Promise((resolve) => (heard = resolve))
  await page.exposeBinding(READY_BINDING, () => heard())
  await page.addInitScript(markReady, { selector, binding: READY_BINDING })
  const started = Date.now()
  await page.goto(url)
  await withinMs(readyHeard, 120_000, `the page did not show ${selector}`)
  const heardAt = Date.now()
  const readyAt = await page.evaluate(() => window.__benchReadyAt ?? Date.now())
  // Both clocks are the machine's wall clock (Date.now() here, timeOrigin + now() in the page).
  const ms = Math.min(readyAt, heardAt) - started
  const bodies = await Promise.all(scripts.filter((script) => !(script.askedAt > readyAt)).map((script) => script.body))
  return {
    page,
    ms,
    scripts: { count: bodies.length, bytes: bodies.reduce((sum, body) => sum + body.length, 0), gzip: bodies.reduce((sum, body) => sum + gzipSync(body).length, 0) },
  }
}

/** The page's binding that tells openTimed the signal appeared. */
const READY_BINDING = '__benchReadyHeard'

/** Resolves as `promise` does, or rejects with `message` after `ms`. */
export function withinMs(promise, ms, message) {
  let timer
  const late = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)))
  return Promise.race([promise, late]).finally(() => clearTimeout(timer))
}

/**
 * In the page, from its start: the time (ms since 1970) at which `selector` first matches an
 * element, then a call of the binding `binding` (once).
 */
function markReady({ selector, binding }) {
  const observer = new MutationObserver(() => {
    if (window.__benchReadyAt !== undefined || !document.querySelector(selector)) return
    window.__benchReadyAt = performance.timeOrigin + performance.now()
    observer.disconnect()
    void window[binding]?.()
  })
  observer.observe(document, { subtree: true, attributes: true, childList: true })
}

/** The page's live JS heap after a full garbage collection, in bytes (Chromium's DevTools protocol). */
export async function heapAfterGc(page) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  await cdp.detach()
  return usedSize
}

/** A process's resident set in bytes (Linux's /proc), or NaN elsewhere. */
export function residentBytes(pid) {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match ? Number(match[1]) * 1024 : Number.NaN
  } catch {
    return Number.NaN
  }
}

/**
 * In the page: resolves when the search results for what the box holds are drawn — the list
 * was marked busy after the keystroke (typing ahead, or an answer on its way) and is now shown
 * without `aria-busy` — with ms from the keystroke's event to the frame that draws them.
 */
function awaitResults({ timeoutMs }) {
  return new Promise((resolve) => {
    const list = () => document.querySelector('ol[aria-label="Search results"]')
    let busySeen = list()?.getAttribute('aria-busy') === 'true' || list() === null
    const observer = new MutationObserver(() => {
      if (list()?.getAttribute('aria-busy') === 'true' || list() === null) busySeen = true
    })
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy'] })
    const deadline = performance.now() + timeoutMs
    const frame = (now) => {
      const shown = list()
      if (busySeen && shown && shown.getAttribute('aria-busy') !== 'true') {
        observer.disconnect()
        resolve(now - window.__benchKeyAt)
      } else if (now > deadline) {
        observer.disconnect()
        resolve(Number.NaN)
      } else requestAnimationFrame(frame)
    }
    requestAnimationFrame(frame)
  })
}

/** In the page: keeps the time of the latest keydown (its event's own time stamp). */
function markKeys() {
  if (window.__benchKeysMarked) return
  window.__benchKeysMarked = true
  document.addEventListener('keydown', (event) => (window.__benchKeyAt = event.timeStamp), true)
}

/** Keystroke → results painted for each letter of `words`, typed one key at a time into the search box. */
export async function searchTyping(page, words) {
  await page.evaluate(markKeys)
  const box = page.getByRole('searchbox').or(page.locator('#search-box')).first()
  const times = []
  for (const word of words) {
    await box.fill('')
    await page.waitForFunction(() => document.querySelector('ol[aria-label="Search results"]:not([aria-busy="true"])') !== null, null, { timeout: 60_000 })
    for (const letter of word) {
      const drawn = page.evaluate(awaitResults, { timeoutMs: 10_000 })
      await box.press(letter)
      times.push(await drawn)
    }
  }
  return times
}

/**
 * In the page: for every keydown from now on, ms to just after the next frame (a rAF callback,
 * then a task posted from it: the frame holding the key's change has been produced).
 */
function measureFrames() {
  window.__benchFrames = []
  // Once per page: a second typing run in the same page (scripts/profile-typing.mjs) starts afresh.
  if (window.__benchFramesMeasured) return
  window.__benchFramesMeasured = true
  document.addEventListener(
    'keydown',
    (event) => {
      const at = event.timeStamp
      requestAnimationFrame(() => {
        const channel = new MessageChannel()
        channel.port1.onmessage = () => window.__benchFrames.push(performance.now() - at)
        channel.port2.postMessage(null)
      })
    },
    true,
  )
}

/**
 * The typing figure's floor: a fresh page holding nothing but a bare contenteditable with the
 * same paragraphs as `doc` (a stored rich-text document of text paragraphs), no script of ours,
 * in the same context (same viewport) — what the machine and the browser take for a key → next
 * frame when the page does no work of its own. `editorTyping` types into it as into the app.
 */
export async function bareEditable(context, doc) {
  const page = await context.newPage()
  const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  const paragraphs = doc.content.map((block) => `<p>${escape((block.content ?? []).map((inline) => inline.text ?? '').join(''))}</p>`).join('')
  await page.setContent(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>floor</title></head><body><div class="rte__editable" contenteditable="true" aria-label="Notes">${paragraphs}</div></body></html>`)
  return page
}

/** Ten keys a second. */
const TYPIST_MS = 100

/**
 * Keystroke → next frame while typing `text` at the end of the page's rich-text editor (the first,
 * or the one `selector` names): the p95, the count and every time.
 */
export async function editorTyping(page, text, selector = '.rte__editable[contenteditable="true"]') {
  const editable = page.locator(selector).first()
  await editable.click()
  await page.keyboard.press('Control+End')
  await page.evaluate(measureFrames)
  let pressed = 0
  for (const letter of text) {
    const paced = new Promise((resolve) => setTimeout(resolve, TYPIST_MS))
    await page.keyboard.press(letter === ' ' ? 'Space' : letter)
    pressed += 1
    // A fast typist's pace, and never ahead of the previous key's frame: each time is one key's own.
    await Promise.all([paced, page.waitForFunction((count) => window.__benchFrames.length >= count, pressed, { timeout: 30_000 })])
  }
  const times = await page.evaluate(() => window.__benchFrames)
  return { p95: quantile(times, 0.95), count: times.length, times }
}
