import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { META_CONTENT_SECURITY_POLICY } from '../../../shared/csp'

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

  it('preloads the first screen (home) beside the entry, so its code does not wait for the entry to run', () => {
    const preloaded = [...html.matchAll(/<link rel="modulepreload" crossorigin href="\.\/(assets\/[^"]+)">/g)].map(([, file]) => file)
    const home = preloaded.find((file) => /^assets\/HomePage-[\w-]+\.js$/.test(file ?? ''))
    expect(home).toBeDefined()
    for (const file of preloaded) expect(fs.existsSync(path.join(inject('appBuildDir'), 'renderer', file ?? ''))).toBe(true)
  })
})
