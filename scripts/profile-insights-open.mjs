#!/usr/bin/env node
// Where the opening of a screen goes (issue 13): a fresh browser context navigates to an address
// of a running `coachbook serve` (by default `#/insights`, the 12-month default) and the page's
// own timelines are printed, in ms from the navigation's start:
// - every script, stylesheet and API request: when it was asked for, when its first byte came
//   back (for an API request, first byte − request sent ≈ the core's time, queueing included) and
//   when it ended;
// - the main thread's long tasks (> 50 ms, PerformanceObserver), and their sum;
// - DOMContentLoaded, the moment the screen said it was ready (`data-insights-ready`, or
//   `data-app-ready` for other screens), and the first quiet frame after it (as bench-ui settles).
// It asserts nothing; take the figure itself with scripts/bench-ui.mjs.
//
// Usage: node scripts/profile-insights-open.mjs --out <build> --data-dir <journal copy> [--runs 3] [--hash '#/insights']
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { CHROMIUM_ARGS, serve, systemChromium } from './lib/benchBrowser.mjs'

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`)
  return at >= 0 ? process.argv[at + 1] : fallback
}

/* global window, document, location, MutationObserver, requestAnimationFrame -- watch() runs in the page */

/** In the page, before its scripts: long tasks and the moment the screen is ready, kept on window. */
function watch() {
  window.__probe = { longTasks: [], readyAt: null, settledAt: null }
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__probe.longTasks.push({ start: entry.startTime, ms: entry.duration })
  }).observe({ type: 'longtask', buffered: true })
  const isReady = () =>
    document.querySelector('[data-insights-ready]')?.getAttribute('data-insights-ready')?.startsWith('12m') ||
    (!location.hash.startsWith('#/insights') && document.documentElement.getAttribute('data-app-ready') === 'true')
  const check = () => {
    if (window.__probe.readyAt !== null || !isReady()) return
    window.__probe.readyAt = performance.now()
    let previous = null
    const frame = (now) => {
      if (previous !== null && now - previous <= 50) {
        window.__probe.settledAt = previous
        return
      }
      previous = now
      requestAnimationFrame(frame)
    }
    requestAnimationFrame(frame)
  }
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver(check).observe(document.documentElement, { subtree: true, childList: true, attributes: true })
    check()
  })
}

async function main() {
  const outDir = path.resolve(option('out', 'out'))
  const dataDir = option('data-dir', undefined)
  if (!dataDir) throw new Error('--data-dir <a copy of a journal> is required (never the shared reference)')
  const runs = Number(option('runs', '3'))
  const hash = option('hash', '#/insights')
  const executablePath = systemChromium(process.env)
  if (!executablePath) throw new Error('No Chromium (set CHROMIUM_PATH or put chromium on the PATH)')
  const { chromium } = await import('@playwright/test')
  const server = await serve(path.join(outDir, 'main', 'cli.js'), dataDir)
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  const newContext = () => browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' })
  const out = (line = '') => void process.stdout.write(`${line}\n`)
  try {
    for (let run = 0; run <= runs; run++) {
      const context = await newContext()
      await context.addInitScript(watch)
      const page = await context.newPage()
      await page.goto(`${server.url}${hash}`)
      await page.waitForFunction(() => window.__probe?.settledAt !== null, undefined, { timeout: 60_000, polling: 50 })
      // Let the first screen's follow-up work finish too (the bell's count), so runs do not overlap.
      await page.waitForSelector('html:not([data-app-busy])', { state: 'attached', timeout: 60_000 })
      const timeline = await page.evaluate(() => ({
        probe: window.__probe,
        dcl: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd,
        responseEnd: performance.getEntriesByType('navigation')[0]?.responseEnd,
        resources: performance.getEntriesByType('resource').map((entry) => ({
          name: entry.name.replace(/^https?:\/\/[^/]+/, '').replace(/\?.*$/, ''),
          kind: entry.initiatorType,
          start: entry.startTime,
          firstByte: entry.responseStart,
          sent: entry.requestStart,
          end: entry.responseEnd,
        })),
      }))
      await context.close()
      if (run === 0) continue // the warm-up: statements prepared, files in the OS cache
      const { probe } = timeline
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1]
      const f = (ms) => (ms === null || ms === undefined ? '—' : ms.toFixed(0).padStart(5))
      out(`\nRun ${run} of ${runs}: ${hash} — document ${f(timeline.responseEnd)}, DOMContentLoaded ${f(timeline.dcl)}, ready ${f(probe.readyAt)}, settled ${f(probe.settledAt)} ms; server RSS ${rss ? Math.round(Number(rss) / 1024) : '—'} MB`)
      for (const r of timeline.resources.sort((a, b) => a.start - b.start)) {
        if (r.start > (probe.settledAt ?? Infinity)) continue
        const server = r.name.startsWith('/api/') ? `  waited+served ${f(r.firstByte - r.sent)}` : ''
        out(`  ${f(r.start)} → ${f(r.end)}  ${r.kind.padEnd(6)} ${r.name}${server}`)
      }
      const before = probe.longTasks.filter((task) => task.start < (probe.settledAt ?? Infinity))
      out(`  long tasks before settled: ${before.map((task) => `${f(task.start)}+${task.ms.toFixed(0)}`).join(', ')} — ${before.reduce((sum, task) => sum + task.ms, 0).toFixed(0)} ms in all`)
    }
  } finally {
    await browser.close()
    await server.stop()
  }
}

await main()
