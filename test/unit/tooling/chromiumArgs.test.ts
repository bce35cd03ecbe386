import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { CHROMIUM_ARGS, PLAYWRIGHT_DISABLED_FEATURES, UNSEEN_CHROME_FEATURES } from '../../e2e/browser'

/**
 * Chromium reads only the last `--disable-features` it is given, and the browser tests pass one
 * of their own after Playwright's: it must carry every feature Playwright turns off, or those
 * would quietly be on again (HTTPS upgrades, paint holding…) after a Playwright update.
 */
function playwrightsDisabledFeatures(): string[] {
  const require = createRequire(import.meta.url)
  const bundle = readFileSync(path.join(path.dirname(require.resolve('playwright-core/package.json')), 'lib', 'coreBundle.js'), 'utf8')
  const list = /disabledFeatures = \[([\s\S]*?)\]\.filter\(Boolean\)/.exec(bundle)?.[1]
  if (!list) throw new Error("playwright-core's list of disabled features was not found: read chromiumSwitches.ts and update scripts/lib/chromiumFeatures.mjs")
  return [...list.replace(/\/\/.*$/gm, '').matchAll(/"([A-Za-z0-9]+)"/g)].map((match) => match[1] ?? '')
}

describe('the browser tests’ Chromium switches', () => {
  it('repeat every feature Playwright disables, beside the unseen browser chrome, in one --disable-features', () => {
    const switches = CHROMIUM_ARGS.filter((arg) => arg.startsWith('--disable-features='))
    expect(switches).toHaveLength(1)
    const disabled = (switches[0] ?? '').slice('--disable-features='.length).split(',')
    const playwrights = playwrightsDisabledFeatures()
    expect(playwrights.length).toBeGreaterThan(5)
    expect(PLAYWRIGHT_DISABLED_FEATURES.toSorted()).toEqual(playwrights.toSorted())
    expect(disabled.toSorted()).toEqual([...playwrights, ...UNSEEN_CHROME_FEATURES].toSorted())
  })
})
