import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { expect, type Locator, type Page } from '@playwright/test'
import type { AxeResults } from 'axe-core'

/**
 * axe-core itself, run in the page. @axe-core/playwright's AxeBuilder re-injects the ~550 KB
 * engine and walks every frame on each analysis (~0.6 s); injected once per document and run
 * directly, an analysis takes ~0.1 s. The app has no frames, so nothing is missed.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

type AxeWindow = { axe?: { run: (context: unknown, options?: { resultTypes: string[] }) => Promise<AxeResults> }; document: unknown }

async function runAxe(page: Page): Promise<AxeResults> {
  // page.evaluate runs outside the page's Content-Security-Policy, which refuses inline scripts.
  if (!(await page.evaluate(() => Boolean((globalThis as unknown as AxeWindow).axe)))) await page.evaluate(AXE_SOURCE)
  return page.evaluate(() => {
    const page = globalThis as unknown as Required<AxeWindow>
    return page.axe.run(page.document, { resultTypes: ['violations'] })
  })
}

/**
 * What a check may find still loading: `loading`, a region the test holds on purpose (a read it
 * keeps from the server), which must be marked `aria-busy`; nothing else may be.
 */
export type AxeOptions = { loading?: Locator }

/**
 * Fails with the rule and the elements when axe finds anything on the page, once it has settled:
 * no read or write on its way (`data-app-busy`) and no region marked as updating (`aria-busy`,
 * which the app also dims) — but for the region the test holds loading, if any.
 */
export async function expectNoAxeViolations(page: Page, what = 'the page', options: AxeOptions = {}): Promise<void> {
  if (options.loading) {
    // The held read keeps `data-app-busy` on; the region it fills must say it is loading.
    await expect(options.loading, `${what}: the region held loading`).toHaveAttribute('aria-busy', 'true')
    await expect(page.locator('[aria-busy="true"]'), `${what} is still updating`).toHaveCount(1)
  } else {
    await expect(page.locator('html[data-app-busy]'), `${what} is still loading`).toHaveCount(0)
    await expect(page.locator('[aria-busy="true"]'), `${what} is still updating`).toHaveCount(0)
  }
  const results = await runAxe(page)
  const summary = results.violations.map((v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  expect(summary, `axe violations on ${what}`).toEqual([])
}

export const COLOR_SCHEMES = ['light', 'dark'] as const

/**
 * The page as it is now, in the light and then the dark colour scheme. The app follows
 * `prefers-color-scheme` live, so one page load (and one journal) serves both; the tests run with
 * reduced motion, so no colour is caught half-way through a transition.
 */
export async function expectNoAxeViolationsLightAndDark(page: Page, what = 'the page', options: AxeOptions = {}): Promise<void> {
  for (const colorScheme of COLOR_SCHEMES) {
    await page.emulateMedia({ colorScheme })
    // Charts pick some colours from the scheme in script: let them redraw first.
    await settled(page)
    await expectNoAxeViolations(page, `${what} (${colorScheme})`, options)
  }
}

/** The window sizes the app is designed for. */
export const WINDOW_SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
] as const

/** Resizes the window and waits until the page has laid itself out and painted at the new size. */
export async function resizeWindow(page: Page, size: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(size)
  await settled(page)
}

type AnimationsGlobal = {
  requestAnimationFrame: (callback: () => void) => number
  document: { getAnimations(): Array<{ playState: string; effect: { getTiming(): { iterations?: number } } | null }> }
}

/**
 * Waits until whatever a change of size or colour scheme set off has been drawn: two frames
 * painted, then no transition or finite animation still running. (Even with reduced motion a
 * colour change is a transition, and a colour caught half-way fails a contrast check.) Endless
 * animations, a spinner's, are left to run.
 */
async function settled(page: Page): Promise<void> {
  await page.evaluate(() => {
    const frame = (globalThis as unknown as AnimationsGlobal).requestAnimationFrame
    return new Promise<void>((done) => frame(() => frame(() => done())))
  })
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          (globalThis as unknown as AnimationsGlobal).document
            .getAnimations()
            .filter((animation) => animation.playState === 'running' && animation.effect?.getTiming().iterations !== Infinity).length,
      ),
      // A frame apart, not Playwright's default 100 ms, then 250 ms…: a colour transition ends
      // within a few frames and every axe check of both schemes waits for one.
      { intervals: [16, 16, 32, 50, 100] },
    )
    .toBe(0)
}
