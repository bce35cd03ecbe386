import type { Api } from '../../../shared/api'
import { CHANNEL_NAMES } from '../../../shared/channels'
import { currentPlatform, detectPlatform, type Platform, type PlatformWindow } from '../platform'
import { splitChannel } from './channel'
import { answeringSentAhead } from './sentCalls'
import type { ReadBatch, Transport } from './transport'
import { electronTransport } from './transports/electronTransport'
import { httpReadBatch, httpTransport } from './transports/httpTransport'
import { currentSession } from './transports/session'

/**
 * The one place that knows how calls travel. `createApi` turns a transport into the contract's
 * `Api` shape (`api.reps.create({ name })`), one method per channel; `transportFor` picks
 * Electron's preload bridge in the desktop app and HTTP to the browser-mode host otherwise (which
 * of the two is the platform module's answer, src/platform.ts).
 */
export function createApi(transport: Transport): Api {
  const api: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {}
  for (const channel of CHANNEL_NAMES) {
    const [namespace, method] = splitChannel(channel)
    const methods = (api[namespace] ??= {})
    methods[method] = (input: unknown) => transport(channel, input)
  }
  return api as unknown as Api
}

/** In browser mode the session (the token) is taken from the address once, here. */
export function transportFor(platform: Platform): Transport {
  return platform.kind === 'desktop' ? electronTransport(platform.api) : httpTransport({ session: currentSession() })
}

/** The transport of a window (tests hand in their own). */
export function detectTransport(win?: PlatformWindow): Transport {
  return transportFor(win ? detectPlatform(win) : currentPlatform())
}

let pageTransport: Transport | undefined

/** The page's own transport, built once: the app's Api and the reads sent before it ran (app/sendFirstCallsNow.ts) share it. */
export function getPageTransport(): Transport {
  pageTransport ??= detectTransport()
  return pageTransport
}

/**
 * How the page sends its first reads together: one request in browser mode (`/api/batch`); none on
 * the desktop, where each call is a message to the main process and costs next to nothing.
 */
export function getPageReadBatch(): ReadBatch | undefined {
  const platform = currentPlatform()
  return platform.kind === 'desktop' ? undefined : httpReadBatch({ session: currentSession() })
}

let defaultApi: Api | undefined

/** The app's Api, built once on first use; it takes the answers of the reads sent ahead (./sentCalls.ts). Tests build their own with `createApi`. */
export function getApi(): Api {
  defaultApi ??= createApi(answeringSentAhead(getPageTransport()))
  return defaultApi
}
