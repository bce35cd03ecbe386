#!/usr/bin/env node
// Where the all-time progress report's opening goes (issue 13: route → `data-print-ready` < 1 s at
// 100,000 calls): the bench's report opening (a fresh page on
// `#/print/report?from=<first day>&to=<today>`) with Chromium's DevTools protocol watching. Per
// opening it prints
// - the wall time to `data-print-ready` (as the bench takes it, from navigation);
// - the waterfall: each request's start and end (ms from navigation) and, for the API's, the
//   server's time (request sent → response's first byte);
// - the marks on the way: DOMContentLoaded, the report's first commit (its <h1>), print-ready;
// - the renderer's main-thread work (Performance.getMetrics: task, script, layout, style) and its
//   long tasks (> 50 ms, with their start);
// - with --cpu: script self time by function (a CPU profile; names need the unminified build,
//   COACHBOOK_PROFILE_BUILD=1);
// - with --renders: React's commits and the components that rendered in them (a DevTools hook;
//   names need the unminified build too).
// It prints figures and asserts nothing; the profiling itself slows the page a little.
//
// Usage: node scripts/profile-report.mjs --out <build> --data-dir <journal copy> [--runs 3] [--cpu] [--renders]
// The build must live inside the worktree's node_modules/.cache (it finds the SQLite driver there).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { CHROMIUM_ARGS, serve, systemChromium } from './lib/benchBrowser.mjs'
import { countReactRenders } from './lib/reactRenders.mjs'

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`)
  return at >= 0 ? process.argv[at + 1] : fallback
}

const outDir = path.resolve(option('out', 'out'))
const dataDir = option('data-dir')
if (!dataDir) throw new Error('--data-dir <a copy of a seeded journal> is required')
const runs = Number(option('runs', '3'))
const wantCpu = process.argv.includes('--cpu')
const wantRenders = process.argv.includes('--renders')
const seeded = JSON.parse(readFileSync(path.join(dataDir, 'seeded.json'), 'utf8'))

function localDay(date) {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`
}

/* global window, document, MutationObserver */
function watchPage() {
  window.__marks = {}
  window.__longTasks = []
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push([Math.round(entry.startTime), Math.round(entry.duration)])
  }).observe({ type: 'longtask', buffered: true })
  const note = () => {
    const marks = window.__marks
    if (marks.h1 === undefined && document.querySelector('.print-view h1')?.textContent === 'Progress report') marks.h1 = performance.now()
    if (marks.ready === undefined && document.documentElement.dataset.printReady === 'true') marks.ready = performance.now()
  }
  new MutationObserver(note).observe(document, { subtree: true, attributes: true, childList: true })
}

const today = localDay(new Date())
const url = (base) => `${base}#/print/report?from=${seeded.from < today ? seeded.from : today}&to=${today}`

const { chromium } = await import('@playwright/test')
const server = await serve(path.join(outDir, 'main', 'cli.js'), dataDir)
const browser = await chromium.launch({ executablePath: systemChromium(process.env), args: CHROMIUM_ARGS })
const round = (ms) => Math.round(ms)
try {
  // One untimed opening first, as the bench does: the server answers from a warm process.
  {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' })
    const page = await context.newPage()
    await page.goto(url(server.url))
    await page.waitForSelector('html[data-print-ready="true"]', { state: 'attached', timeout: 120_000 })
    await context.close()
  }
  for (let run = 1; run <= runs; run += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' })
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Performance.enable')
    if (wantCpu) {
      await cdp.send('Profiler.enable')
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
      await cdp.send('Profiler.start')
    }
    const before = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]))
    await page.addInitScript(watchPage)
    if (wantRenders) await page.addInitScript(countReactRenders)
    const requests = []
    page.on('requestfinished', (request) => requests.push(request))
    const started = Date.now()
    await page.goto(url(server.url))
    await page.waitForSelector('html[data-print-ready="true"]', { state: 'attached', timeout: 120_000 })
    const wall = Date.now() - started
    const after = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]))
    const seen = await page.evaluate(() => ({
      marks: window.__marks,
      origin: performance.timeOrigin,
      longTasks: window.__longTasks,
      dcl: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd,
      nodes: document.getElementsByTagName('*').length,
      svgNodes: document.querySelectorAll('svg *').length,
    }))
    const metric = (name) => round(((after[name] ?? 0) - (before[name] ?? 0)) * 1000)
    console.log(`\nrun ${run}: route → print-ready ${wall} ms (page's own clock: navigation began ${round(seen.origin - started)} ms after goto, ready at ${round(seen.marks.ready)} ms from there); DOMContentLoaded ${round(seen.dcl)}, report drawn (h1) ${round(seen.marks.h1)}`)
    console.log(`  main thread: task ${metric('TaskDuration')} ms, script ${metric('ScriptDuration')}, layout ${metric('LayoutDuration')} (${(after.LayoutCount ?? 0) - (before.LayoutCount ?? 0)} layouts), style ${metric('RecalcStyleDuration')}; ${seen.nodes} elements (${seen.svgNodes} in SVG)`)
    console.log(`  long tasks (start+duration): ${seen.longTasks.map(([s, d]) => `${s}+${d}`).join(', ') || 'none'}`)
    const origin = requests.length ? Math.min(...requests.map((r) => r.timing().startTime)) : 0
    const rows = requests
      .map((request) => {
        const t = request.timing()
        const name = request.url().replace(/^https?:\/\/[^/]+/, '').replace(/\?token=.*/, '')
        const body = request.postData()
        const op = body && name.startsWith('/api') ? ` ${body.slice(0, 60)}` : ''
        return { start: t.startTime - origin, end: t.startTime - origin + t.responseEnd, server: t.responseStart - t.requestStart, name: name + op }
      })
      .sort((a, b) => a.start - b.start)
    for (const row of rows) console.log(`  ${String(round(row.start)).padStart(6)} → ${String(round(row.end)).padStart(6)}  server ${String(round(row.server)).padStart(5)}  ${row.name}`)
    if (wantRenders) {
      const renders = await page.evaluate(() => window.__renders)
      const top = Object.entries(renders.components).sort((a, b) => b[1] - a[1]).slice(0, 30)
      console.log(`  React: ${renders.commits} commits; renders by component: ${top.map(([name, n]) => `${name} ${n}`).join(', ')}`)
    }
    if (wantCpu) {
      const { profile } = await cdp.send('Profiler.stop')
      const self = new Map()
      const byId = new Map(profile.nodes.map((node) => [node.id, node]))
      const dt = new Map()
      profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000))
      for (const [id, ms] of dt) {
        const frame = byId.get(id).callFrame
        const key = `${frame.functionName || '(anonymous)'} ${path.basename(frame.url || '')}:${frame.lineNumber + 1}`
        self.set(key, (self.get(key) ?? 0) + ms)
      }
      const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)
      console.log('  CPU profile, self ms:')
      for (const [key, ms] of top) console.log(`    ${ms.toFixed(1).padStart(7)}  ${key}`)
      // Self time by file (chunk), and inclusive time by function (a function counted once per stack).
      const byFile = new Map()
      for (const [id, ms] of dt) {
        const file = path.basename(byId.get(id).callFrame.url || '') || '(native)'
        byFile.set(file, (byFile.get(file) ?? 0) + ms)
      }
      console.log('  CPU profile, self ms by file:')
      for (const [file, ms] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(`    ${ms.toFixed(1).padStart(7)}  ${file}`)
      const parent = new Map()
      for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
      const inclusive = new Map()
      for (const [id, ms] of dt) {
        const names = new Set()
        for (let at = id; at !== undefined; at = parent.get(at)) {
          const frame = byId.get(at).callFrame
          if (frame.url) names.add(`${frame.functionName || '(anonymous)'} ${path.basename(frame.url)}:${frame.lineNumber + 1}`)
        }
        for (const name of names) inclusive.set(name, (inclusive.get(name) ?? 0) + ms)
      }
      const wanted = new RegExp(option('inclusive', 'Chart|Report|Table|Figure|render|Surface|Legend|Axis|format|Print'))
      console.log('  CPU profile, inclusive ms (functions matching --inclusive):')
      for (const [name, ms] of [...inclusive].filter(([name]) => wanted.test(name)).sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`    ${ms.toFixed(1).padStart(7)}  ${name}`)
    }
    await context.close()
  }
} finally {
  await browser.close()
  await server.stop()
}
