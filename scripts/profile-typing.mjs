#!/usr/bin/env node
// Where a keystroke's time goes while typing at the end of a 500-paragraph note (issue 13): the
// bench's typing (scripts/lib/benchPage.mjs editorTyping: a session's notes, 50 keys at 100 ms)
// with Chromium's DevTools protocol watching. It prints
// - keystroke → next frame (p50, p95, max), as the bench takes it;
// - the renderer's main thread's CPU time per key, from a trace (thread clock: steady on a busy
//   machine), by kind of work (script, style, layout, paint…), the browser's own beside script;
// - script per key, from a CPU profile: self time by package and by function, and the inclusive
//   time of the functions that matter here (the editor's plugins, TipTap's events, React);
// - React's commits per key and which components rendered in them (a DevTools hook: it counts
//   renders in a production build too).
// It prints figures and asserts nothing; the profiling itself slows the page, so the latencies
// it prints are not the bench's figure (take that with scripts/bench-ui.mjs --only typing).
//
// Usage (function names need the unminified build):
//   COACHBOOK_PROFILE_BUILD=1 COACHBOOK_OUT_DIR=$PWD/node_modules/.cache/profilebuild npm run -s build
//   node scripts/profile-typing.mjs --out node_modules/.cache/profilebuild [--save <dir>] [--floor]
// --save writes the trace and the .cpuprofile there (DevTools' Performance panel opens both).
// --debrief types into a debrief's shared notes instead (the second of its three editors, on a
// call's Debrief tab), the long note there; --prebrief into a pre-brief's notes.
// --floor traces the bench's floor instead (the same keys into a bare contenteditable holding the
// same paragraphs, no script: scripts/lib/benchPage.mjs bareEditable), so the page's CPU per key
// by kind of work can be set beside what the browser alone spends on it.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { CHROMIUM_ARGS, serve, systemChromium } from './lib/benchBrowser.mjs'
import { apiOf, longDocument } from './lib/benchHttp.mjs'
import { bareEditable, editorTyping } from './lib/benchPage.mjs'
import { quantile } from './lib/benchTable.mjs'
import { countReactRenders } from './lib/reactRenders.mjs'

/* global window -- the functions passed to page.evaluate run in the page */

const TEXT = 'the rep asked three open questions before pricing '

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`)
  return at >= 0 ? process.argv[at + 1] : fallback
}

// Trace events on the renderer's main thread, by what they are.
const KIND_OF = {
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
  UpdateLayer: 'paint',
  CompositeLayers: 'paint',
  HitTest: 'hit test',
  MinorGC: 'GC',
  MajorGC: 'GC',
  'V8.GC_SCAVENGER': 'GC',
  'V8.GC_MARK_COMPACTOR': 'GC',
  FunctionCall: 'script',
  EventDispatch: 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  RunMicrotasks: 'script',
  'v8.compile': 'script',
  'v8.compileModule': 'script',
  EvaluateScript: 'script',
  'V8.Execute': 'script',
}

/**
 * CPU time (ms) per event name on the renderer's main thread, from a Chrome trace: each event's
 * own thread time (`tdur`, the thread's clock, so time spent descheduled on a busy machine is not
 * counted), less that of the events inside it.
 */
function mainThreadSelfTimes(trace, { within = null, detailed = false } = {}) {
  const events = trace.traceEvents
  const main = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
  if (!main) throw new Error('no renderer main thread in the trace')
  const inside = (event) => within === null || within.some(([start, end]) => event.ts >= start && event.ts < end)
  const complete = events
    .filter((event) => event.pid === main.pid && event.tid === main.tid && event.ph === 'X' && typeof event.dur === 'number' && typeof event.tdur === 'number' && inside(event))
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur)
  const self = {}
  const stack = []
  const close = (until) => {
    while (stack.length > 0 && stack.at(-1).end <= until) {
      const done = stack.pop()
      self[done.name] = (self[done.name] ?? 0) + Math.max(0, done.self) / 1000
    }
  }
  for (const event of complete) {
    close(event.ts)
    const parent = stack.at(-1)
    if (parent) parent.self -= event.tdur
    const name = detailed ? detailedName(event) : event.name === 'ThreadControllerImpl::RunTask' ? 'RunTask' : event.name
    stack.push({ name, end: event.ts + event.dur, self: event.tdur })
  }
  close(Number.POSITIVE_INFINITY)
  return self
}

/** An event's name with what it ran: the script's function and file, the DOM event's type. */
function detailedName(event) {
  const data = event.args?.data ?? {}
  if (event.name === 'ThreadControllerImpl::RunTask') return 'RunTask'
  if (event.name === 'FunctionCall') return `FunctionCall ${data.functionName || '(anonymous)'} ${path.basename(String(data.url ?? ''))}:${data.lineNumber ?? ''}`
  if (event.name === 'EventDispatch') return `EventDispatch ${data.type ?? ''}`
  if (event.name === 'TimerFire') return 'TimerFire'
  return event.name
}

/**
 * Per key, the renderer main thread's CPU time on the way from the keydown to the frame that
 * shows it: the task the keydown ran in, any task after it, and the task of the first animation
 * frame after it (rAF, style, layout, paint), by thread clock. What a key makes the page do
 * before its frame is what its latency is made of on an idle machine; what runs after the frame
 * (keyup, selectionchange, timers) is not. Also that task's own wall time, for comparison.
 */
function keyToFrameCpu(trace) {
  const events = trace.traceEvents
  const main = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
  const onMain = events
    .filter((event) => event.pid === main.pid && event.tid === main.tid && event.ph === 'X' && typeof event.dur === 'number')
    .sort((a, b) => a.ts - b.ts)
  const tasks = onMain.filter((event) => event.name === 'ThreadControllerImpl::RunTask' || event.name === 'RunTask')
  const frames = onMain.filter((event) => event.name === 'FireAnimationFrame')
  const keydowns = onMain.filter((event) => event.name === 'EventDispatch' && event.args?.data?.type === 'keydown')
  const taskAt = (ts) => tasks.findLast((task) => task.ts <= ts && task.ts + task.dur >= ts)
  const cpu = []
  const wall = []
  const windows = []
  for (const keydown of keydowns) {
    const frame = frames.find((event) => event.ts > keydown.ts)
    const first = taskAt(keydown.ts)
    const last = frame && taskAt(frame.ts)
    if (!first || !last) continue
    const path = tasks.filter((task) => task.ts >= first.ts && task.ts <= last.ts)
    cpu.push(path.reduce((sum, task) => sum + (task.tdur ?? task.dur), 0) / 1000)
    wall.push((last.ts + last.dur - keydown.ts) / 1000)
    for (const task of path) windows.push([task.ts, task.ts + task.dur])
  }
  return { cpu, wall, windows }
}

/**
 * CPU time (ms) of the renderer process's threads other than the main one (compositor, raster
 * workers…): the thread-clock durations of each thread's outermost events.
 */
function otherThreadsCpu(trace) {
  const events = trace.traceEvents
  const main = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
  const names = new Map(events.filter((event) => event.name === 'thread_name' && event.pid === main.pid).map((event) => [event.tid, event.args.name]))
  const byThread = {}
  const reach = new Map()
  const complete = events
    .filter((event) => event.pid === main.pid && event.tid !== main.tid && event.ph === 'X' && typeof event.tdur === 'number')
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur)
  for (const event of complete) {
    if (event.ts < (reach.get(event.tid) ?? 0)) continue
    reach.set(event.tid, event.ts + event.dur)
    const name = (names.get(event.tid) ?? String(event.tid)).replace(/\d+$/, '')
    byThread[name] = (byThread[name] ?? 0) + event.tdur / 1000
  }
  return byThread
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/**
 * The source file of each mapped (line, column) of a built chunk, from its source map: per
 * generated line, the columns where a mapping starts and the source index there (VLQ decoded).
 */
function sourceLookup(map) {
  const digits = new Map([...BASE64].map((char, i) => [char, i]))
  const lines = []
  let source = 0
  for (const line of map.mappings.split(';')) {
    const columns = []
    let column = 0
    for (const segment of line.split(',')) {
      if (!segment) continue
      const values = []
      let value = 0
      let shift = 0
      for (const char of segment) {
        const digit = digits.get(char)
        value += (digit & 31) << shift
        if (digit & 32) shift += 5
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1)
          value = 0
          shift = 0
        }
      }
      column += values[0]
      if (values.length > 1) source += values[1]
      columns.push([column, source])
    }
    lines.push(columns)
  }
  return (line, column) => {
    const columns = lines[line] ?? []
    let found = null
    for (const [start, index] of columns) {
      if (start > column) break
      found = index
    }
    return found === null ? '(unmapped)' : (map.sources[found] ?? '(unmapped)')
  }
}

function packageOf(file) {
  const at = file.lastIndexOf('node_modules/')
  const local = file.replace(/^(\.\.\/)+/, '')
  // Built under node_modules/.cache, the map names a package's files without node_modules/.
  if (at < 0) return file.startsWith('(') || /^(renderer|shared)\//.test(local) ? local.split('/').slice(0, 4).join('/') : local.split('/').slice(0, local.startsWith('@') ? 2 : 1).join('/')
  const parts = file.slice(at + 'node_modules/'.length).split('/')
  return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]
}

/** Self and inclusive ms by function and by package, from a V8 CPU profile. */
function summariseProfile(profile, sourceOf) {
  const parent = new Map()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
  const label = (node) => {
    const frame = node.callFrame
    if (!frame.url) return { fn: frame.functionName || '(anonymous)', pkg: frame.functionName.startsWith('(') ? frame.functionName : '(native)' }
    const file = sourceOf(frame.url, frame.lineNumber, frame.columnNumber)
    return { fn: `${frame.functionName || '(anonymous)'} ${path.basename(file)}:${frame.lineNumber + 1}`, pkg: packageOf(file) }
  }
  const labels = new Map(profile.nodes.map((node) => [node.id, label(node)]))
  const selfFn = {}
  const selfPkg = {}
  const inclusive = {}
  const deltas = profile.timeDeltas
  for (let i = 0; i < profile.samples.length; i++) {
    const ms = (deltas[i + 1] ?? 0) / 1000
    let id = profile.samples[i]
    const { fn, pkg } = labels.get(id)
    selfFn[fn] = (selfFn[fn] ?? 0) + ms
    selfPkg[pkg] = (selfPkg[pkg] ?? 0) + ms
    const seen = new Set()
    while (id !== undefined) {
      const name = labels.get(id).fn
      if (!seen.has(name)) {
        seen.add(name)
        inclusive[name] = (inclusive[name] ?? 0) + ms
      }
      id = parent.get(id)
    }
  }
  return { selfFn, selfPkg, inclusive }
}

function top(record, count, perKey, filter = () => true, unit = ' ms') {
  return Object.entries(record)
    .filter(([name]) => filter(name))
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, value]) => `  ${(value / perKey).toFixed(2).padStart(7)}${unit}  ${name}`)
    .join('\n')
}

async function main() {
  const outDir = path.resolve(option('out', 'out'))
  const saveDir = option('save', undefined)
  const paragraphs = Number(option('paragraphs', '500'))
  const floor = process.argv.includes('--floor')
  const debrief = process.argv.includes('--debrief')
  const prebrief = process.argv.includes('--prebrief')
  const executablePath = systemChromium(process.env)
  if (!executablePath) throw new Error('No Chromium (set CHROMIUM_PATH or put chromium on the PATH).')
  const { chromium } = await import('@playwright/test')
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'coachbook-profile-typing-'))
  const server = await serve(path.join(outDir, 'main', 'cli.js'), dataDir)
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  const out = (line = '') => void process.stdout.write(`${line}\n`)
  try {
    const api = apiOf(server.url)
    const rep = await api('reps.create', { name: 'Profile Rep', title: null, startedOn: null })
    const today = new Date().toISOString().slice(0, 10)
    const session = await api('sessions.create', { repId: rep.id, date: today, kind: 'one_on_one', skill: null, minutes: 30, notes: longDocument(paragraphs) })
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' })
    let page
    let editable = '.rte__editable[contenteditable="true"]'
    if (floor) {
      page = await bareEditable(context, longDocument(paragraphs))
      await page.evaluate(() => (window.__renders = { commits: 0, components: {} }))
    } else {
      page = await context.newPage()
      await page.addInitScript(countReactRenders)
      if (debrief || prebrief) {
        const call = await api('calls.create', { repId: rep.id, date: today, time: null, account: 'Profile Account', opportunity: null, dealValue: null, stage: null, stakes: null })
        if (prebrief) {
          const plan = { plannedRole: 'depth_and_breadth', purpose: null, objective: null, nextStep: null, leads: null, interventionRule: null, takeoverRisk: null, skillFocus: null }
          await api('prebriefs.save', { callId: call.id, prebrief: { ...plan, notes: longDocument(paragraphs) } })
          editable = `[id="prebrief-notes-${call.id}"][contenteditable="true"]`
          await page.goto(`${server.url}#/calls/${call.id}/prebrief`)
        } else {
          const empty = { outcome: null, rescueInitiator: null, rescueFear: null, asks: null, tells: null, repSelfAssessment: null, rootCause: null, rootCauseNote: null, lesson: null, skillObserved: null, skillToDrill: null, drillType: null, drillReps: null, privateNotes: null }
          await api('debriefs.save', { callId: call.id, debrief: { ...empty, actualRole: 'depth_and_breadth', notes: longDocument(paragraphs) } })
          editable = `[id="debrief-notes-${call.id}"][contenteditable="true"]`
          await page.goto(`${server.url}#/calls/${call.id}/debrief`)
        }
      } else {
        await page.goto(`${server.url}#/sessions/${session.id}`)
      }
      await page.waitForSelector('html[data-app-ready="true"]')
    }

    // Warm the editor's code paths (compiled, caches filled) before anything is recorded.
    await editorTyping(page, 'warm up ', editable)
    const keysOf = (typing) => typing.count
    const latency = (typing) =>
      `keystroke → next frame p50 ${quantile(typing.times, 0.5).toFixed(1)} ms, p95 ${quantile(typing.times, 0.95).toFixed(1)} ms, max ${Math.max(...typing.times).toFixed(1)} ms`

    // First pass, traced (no sampling profiler, which would slow the main thread): what the
    // renderer's main thread did, and React's commits.
    await page.evaluate(() => (window.__renders = { commits: 0, components: {} }))
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] })
    const traced = await editorTyping(page, TEXT, editable)
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8'))
    const renders = await page.evaluate(() => window.__renders)
    const threadSelf = mainThreadSelfTimes(trace)
    const byKind = {}
    for (const [name, ms] of Object.entries(threadSelf)) {
      const kind = KIND_OF[name] ?? (name === 'RunTask' ? 'task (not traced inside)' : `other: ${name}`)
      byKind[kind] = (byKind[kind] ?? 0) + ms
    }
    out(`Typing ${keysOf(traced)} keys at the end of ${paragraphs} paragraph(s) (${floor ? 'the floor: a bare contenteditable' : `${debrief ? "a debrief's notes" : prebrief ? "a pre-brief's notes" : "a session's notes"}, ${outDir}`}).`)
    out(`Traced pass: ${latency(traced)}`)
    out()
    const total = Object.values(threadSelf).reduce((sum, ms) => sum + ms, 0)
    out(`Renderer main thread CPU per key: ${(total / keysOf(traced)).toFixed(2)} ms; by kind:`)
    out(top(byKind, 12, keysOf(traced)))
    const toFrame = keyToFrameCpu(trace)
    const spread = (values) => `p50 ${quantile(values, 0.5).toFixed(2)} ms, p95 ${quantile(values, 0.95).toFixed(2)} ms, max ${Math.max(...values).toFixed(2)} ms`
    out(`Keydown → its frame, main-thread CPU on the way (${toFrame.cpu.length} keys): ${spread(toFrame.cpu)}`)
    out(`  (wall time of the same span, traced: ${spread(toFrame.wall)})`)
    out('  …by trace event on the way (script by function), CPU per key:')
    out(top(mainThreadSelfTimes(trace, { within: toFrame.windows, detailed: true }), 16, toFrame.cpu.length))
    out()
    out('Other threads of the renderer process, CPU per key:')
    out(top(otherThreadsCpu(trace), 6, keysOf(traced)))
    out()
    out('…by trace event:')
    out(top(threadSelf, 15, keysOf(traced)))
    out()
    out(`React: ${(renders.commits / keysOf(traced)).toFixed(2)} commits per key; renders per key by component:`)
    out(top(renders.components, 25, keysOf(traced), () => true, ''))
    out()

    // Second pass, sampled: whose script it is.
    const cdp = await context.newCDPSession(page)
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
    await cdp.send('Profiler.start')
    const sampled = await editorTyping(page, TEXT, editable)
    const { profile } = await cdp.send('Profiler.stop')
    const maps = new Map()
    const sourceOf = (url, line, column) => {
      if (!maps.has(url)) {
        let lookup = () => url
        try {
          const file = path.join(outDir, 'renderer', new URL(url).pathname)
          lookup = sourceLookup(JSON.parse(readFileSync(`${file}.map`, 'utf8')))
        } catch {
          // not one of the build's files, or built without source maps
        }
        maps.set(url, lookup)
      }
      return maps.get(url)(line, column)
    }
    const { selfFn, selfPkg, inclusive } = summariseProfile(profile, sourceOf)
    const keys = keysOf(sampled)
    out(`Sampled pass (0.1 ms sampling; slower for it): ${latency(sampled)}`)
    out()
    out('Script self time per key by package:')
    out(top(selfPkg, 15, keys, (name) => name !== '(idle)'))
    out()
    out('Script self time per key by function:')
    out(top(selfFn, 30, keys, (name) => name !== '(idle)'))
    out()
    out('Inclusive time per key of what runs per transaction:')
    const watched = /^(decorate|storedFormOf|storedBytesOf|filterTransaction|apply|onUpdate|flush|emit|updateStateInner|dispatchTransaction|readPendingSelection|performWorkOnRoot|commitRoot|update|collect|setForm|keyOf|hashKey|assemble|selector|updateChildren|forChild|descendants|notePendingInput|readDOMChange|flushSoon|onChange|change)\b/
    out(top(inclusive, 40, keys, (name) => watched.test(name)))

    if (saveDir) {
      mkdirSync(saveDir, { recursive: true })
      writeFileSync(path.join(saveDir, 'typing.cpuprofile'), JSON.stringify(profile))
      writeFileSync(path.join(saveDir, 'typing-trace.json'), JSON.stringify(trace))
      out(`\nWrote ${path.join(saveDir, 'typing.cpuprofile')} and typing-trace.json`)
    }
    await context.close()
  } finally {
    await browser.close()
    await server.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exitCode = 1
})
