// The switches both the browser tests (test/e2e/browser.ts) and the browser benchmarks
// (scripts/lib/benchBrowser.mjs) give Chromium. Plain JavaScript so the benchmarks, which run
// without a TypeScript loader, share them; types in chromiumFeatures.d.mts.

/**
 * The features Playwright turns off itself (playwright-core's chromiumSwitches.ts, 1.65). Chromium
 * reads only the last `--disable-features`, so ours must repeat them or they would be on again;
 * test/unit/tooling/chromiumArgs.test.ts fails when a Playwright update changes its list.
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
]

/**
 * Browser chrome that headless Chromium builds for every browser context and nobody sees: the
 * address bar's WebUI popups, preloaded into a renderer of their own per context (measured:
 * ~0.8 core-s of the browser and that renderer per context, more than the app's own page). A
 * person's browser has built them long before a tab opens the app, and the desktop app has no
 * address bar: in the benchmark they competed with every measured opening for the 2 cores
 * (docs/performance.md). The pages themselves are untouched.
 */
export const UNSEEN_CHROME_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup']

/** The one `--disable-features` switch: Playwright's list and the unseen chrome. */
export const DISABLE_FEATURES_SWITCH = `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...UNSEEN_CHROME_FEATURES].join(',')}`

/**
 * Keeps Chromium quiet on a machine without internet (no sync, updates, QUIC or first-run UI)
 * and skips the browser chrome nobody sees.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  DISABLE_FEATURES_SWITCH,
]
