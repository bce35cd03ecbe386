import type { Api } from '../../../shared/api'
import { CHANNEL_NAMES } from '../../../shared/channels'
import { splitChannel } from './channel'
import type { Transport } from './transport'
import { electronTransport } from './transports/electronTransport'
import { httpTransport } from './transports/httpTransport'
import { adoptSession } from './transports/session'

/**
 * The one place that knows how calls travel. `createApi` turns a transport into the contract's
 * `Api` shape (`api.reps.create({ name })`), one method per channel; `detectTransport` picks
 * Electron's preload bridge when it is there and HTTP to the browser-mode host otherwise.
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

type WindowWithBridge = { coachbook?: Api }

export function detectTransport(win: WindowWithBridge = window as WindowWithBridge): Transport {
  return win.coachbook ? electronTransport(win.coachbook) : httpTransport({ session: adoptSession() })
}

let defaultApi: Api | undefined

/** The app's Api, built once on first use. Tests build their own with `createApi`. */
export function getApi(): Api {
  defaultApi ??= createApi(detectTransport())
  return defaultApi
}
