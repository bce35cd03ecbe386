// Types for scripts/lib/chromiumFeatures.mjs (test/e2e/browser.ts and its unit test import it).
export const PLAYWRIGHT_DISABLED_FEATURES: string[]
export const UNSEEN_CHROME_FEATURES: string[]
export const DISABLE_FEATURES_SWITCH: string
export const CHROMIUM_ARGS: string[]
