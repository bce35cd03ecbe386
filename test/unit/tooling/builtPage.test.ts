import fs from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import { describe, expect, inject, it } from 'vitest'
import { META_CONTENT_SECURITY_POLICY } from '../../../shared/csp'
import { staticImportsOf } from '../../helpers/builtImports'

/**
 * The built page carries the Content-Security-Policy of shared/csp.ts, written by the build
 * (electron.vite.config.ts), so the <meta> tag and the headers Electron and browser mode send can
 * never drift apart. Runs on the build the test run made.
 */
const html = fs.readFileSync(path.join(inject('appBuildDir'), 'renderer', 'index.html'), 'utf8')

/** Every <meta http-equiv="Content-Security-Policy"> of the page, in order. */
function cspMetaTags(page: string): string[] {
  return [...page.matchAll(/<meta\b[^>]*>/gi)]
    .map(([tag]) => tag)
    .filter((tag) => /http-equiv\s*=\s*"content-security-policy"/i.test(tag))
    .map((tag) => /content\s*=\s*"([^"]*)"/i.exec(tag)?.[1] ?? '')
}

describe('the built index.html', () => {
  it('holds exactly one CSP <meta> tag, equal to the one definition', () => {
    expect(cspMetaTags(html)).toEqual([META_CONTENT_SECURITY_POLICY])
  })

  it('puts it in <head> before any script or stylesheet, so it governs them all', () => {
    const meta = html.search(/<meta\b[^>]*http-equiv="Content-Security-Policy"/i)
    const firstResource = html.search(/<script\b|<link\b[^>]*rel="(?:stylesheet|modulepreload)"/i)
    expect(meta).toBeGreaterThan(html.indexOf('<head>'))
    expect(meta).toBeLessThan(firstResource)
    expect(html).not.toContain('coachbook:content-security-policy')
  })

  it('preloads the code of the screen in the address beside the entry, by a boot script that runs before it', () => {
    const renderer = path.join(inject('appBuildDir'), 'renderer')
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map(([, attributes]) => attributes ?? '')
    const boot = /^ async src="\.\/(assets\/boot-[\w-]+\.js)"$/.exec(scripts[0] ?? '')?.[1]
    expect(boot).toBeDefined()
    expect(scripts[1]).toMatch(/type="module"/)
    // No static preload of one screen's code (the home's was fetched by every opening of Insights):
    // the page preloads only the entry's own first-reads chunk.
    const preloaded = [...html.matchAll(/<link rel="modulepreload" crossorigin href="\.\/([^"]+)">/g)].map(([, file]) => file)
    expect(preloaded).toEqual([expect.stringMatching(/^assets\/first-reads-[\w-]+\.js$/)])
    expect(html.match(/rel="modulepreload"/g)).toHaveLength(1)
    // Run it on a stand-in page, at three addresses: what it would preload there.
    const source = fs.readFileSync(path.join(renderer, boot ?? ''), 'utf8')
    const later: Array<() => void> = []
    const preloadedAt = (hash: string) => {
      const links: Array<{ rel: string; href: string }> = []
      const document = { createElement: () => ({ rel: '', href: '', crossOrigin: null }), head: { appendChild: (link: { rel: string; href: string }) => links.push(link) } }
      vm.runInNewContext(source, { location: { hash }, document, setTimeout: (run: () => void) => later.push(run) })
      for (const link of links) expect(link.rel).toBe('modulepreload')
      return links.map((link) => link.href.replace(/^\.\//, ''))
    }
    const home = preloadedAt('')
    const insights = preloadedAt('#/insights?period=90d')
    expect(home.some((file) => /^assets\/HomePage-[\w-]+\.js$/.test(file))).toBe(true)
    expect(insights.some((file) => /^assets\/InsightsPage-[\w-]+\.js$/.test(file))).toBe(true)
    expect(insights.some((file) => file.startsWith('assets/HomePage-'))).toBe(false)
    expect(preloadedAt('#/calls')).toEqual([])
    for (const file of [...home, ...insights]) expect(fs.existsSync(path.join(renderer, file))).toBe(true)
    // At each address it also leaves, for the idle main thread, the page's first formatted date
    // (which loads the locale's calendar data), and that task runs without failing.
    expect(later).toHaveLength(3)
    for (const run of later) expect(run).not.toThrow()
    expect(source).toMatch(/new Intl\.DateTimeFormat\(/)
  })

  it('carries no zod in the first screens’ code: only the screens that use a schema load it', () => {
    const renderer = path.join(inject('appBuildDir'), 'renderer')
    const entry = /<script type="module" crossorigin src="\.\/(assets\/index-[\w-]+\.js)"><\/script>/.exec(html)?.[1]
    const boot = /<script async src="\.\/(assets\/boot-[\w-]+\.js)">/.exec(html)?.[1]
    expect(entry).toBeDefined()
    expect(boot).toBeDefined()
    // The chunks the boot script preloads for Home, Insights and the progress report.
    const screens = JSON.parse(/const files = (\{.*?\})\[/s.exec(fs.readFileSync(path.join(renderer, boot ?? ''), 'utf8'))?.[1] ?? '{}') as Record<string, string[]>
    expect(Object.keys(screens).sort()).toEqual(['/', '/insights', '/print/report'])
    const firstReads = /<link rel="modulepreload" crossorigin href="\.\/(assets\/first-reads-[\w-]+\.js)">/.exec(html)?.[1]
    expect(firstReads).toBeDefined()
    for (const file of [entry ?? '', firstReads ?? '', ...Object.values(screens).flat()]) {
      const source = fs.readFileSync(path.join(renderer, file), 'utf8')
      // zod's own names for its schemas and errors survive minifying (they are strings).
      expect({ file, zod: /\$ZodType|ZodError|ZodObject/.exec(source)?.[0] ?? null }).toEqual({ file, zod: null })
    }
  })

  it('leaves the charting library out of the code Insights opens with; the printed report, which draws at once, keeps it', () => {
    const renderer = path.join(inject('appBuildDir'), 'renderer')
    const boot = /<script async src="\.\/(assets\/boot-[\w-]+\.js)">/.exec(html)?.[1]
    const screens = JSON.parse(/const files = (\{.*?\})\[/s.exec(fs.readFileSync(path.join(renderer, boot ?? ''), 'utf8'))?.[1] ?? '{}') as Record<string, string[]>
    // Recharts' class name for its chart's outer box survives minifying (it is a string).
    const withRecharts = (files: string[] = []) => files.filter((file) => fs.readFileSync(path.join(renderer, file), 'utf8').includes('recharts-wrapper'))
    expect(withRecharts(screens['/insights'])).toEqual([])
    expect(withRecharts(screens['/print/report'])).toHaveLength(1)
  })

  it('sends the first reads from a small chunk of their own, which the entry imports first', () => {
    // Chromium records each request's JavaScript stack while DevTools or Playwright watch the
    // network, and V8 then parses every function on that stack again (electron.vite.config.ts,
    // firstReadsApart): sent from the 350 KB entry's top level, the first read cost 21–38 ms.
    const renderer = path.join(inject('appBuildDir'), 'renderer')
    const entryFile = /<script type="module" crossorigin src="\.\/(assets\/index-[\w-]+\.js)"><\/script>/.exec(html)?.[1] ?? ''
    const firstReadsFile = /href="\.\/(assets\/first-reads-[\w-]+\.js)"/.exec(html)?.[1] ?? ''
    const entry = fs.readFileSync(path.join(renderer, entryFile), 'utf8')
    const firstReads = fs.readFileSync(path.join(renderer, firstReadsFile), 'utf8')
    expect(firstReads.length).toBeLessThan(30_000)
    // The entry's one static import is that chunk, which imports nothing: it runs before the entry's own code.
    expect(staticImportsOf(entry)).toEqual([path.basename(firstReadsFile)])
    expect(staticImportsOf(firstReads)).toEqual([])
    // The list of the first reads is there (app/firstCalls.ts), not in the entry.
    const firstCall = /channel:\s*[`'"]insights\.sidewalkLessons[`'"]/
    expect(firstReads).toMatch(firstCall)
    expect(entry).not.toMatch(firstCall)
  })
})
