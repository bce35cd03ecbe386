import { existsSync } from 'node:fs'
import { resolve } from 'node:path'

/** Fails fast, in one line, when the build the tests drive is missing. */
export default function globalSetup(): void {
  const missing = ['out/main/cli.js', 'out/renderer/index.html'].filter((path) => !existsSync(resolve(path)))
  if (missing.length > 0) {
    throw new Error(`The app is not built (${missing.join(', ')} missing): run "npx electron-vite build" first.`)
  }
}
