import { parentPort, workerData } from 'node:worker_threads'
import { isReadOnly } from '../../../shared/access'
import { toFail } from '../../../shared/dispatch'
import { createErrorLog } from '../errorLog'
import { changeOf } from '../../../shared/journalEvents'
import { openCore, type Core } from '../journal'
import { watchForOutsideChanges } from './changeWatch'
import type { CoreWorkerData, HostMessage, WorkerMessage } from './protocol'

/**
 * The core's own thread (built as out/main/coreWorker.js). It owns the journal's one connection
 * and answers the host's calls one after another; nothing it does, however slow, can hold up a
 * window or the browser-mode server. See electron/core/host/coreHost.ts for the other side.
 *
 * The writer announces every change it commits, and (when idle) any change another program made
 * to the journal, so open windows and tabs can refresh (shared/journalEvents.ts).
 */
const port = parentPort
if (!port) throw new Error('coreWorker.js runs as a worker thread started by the core host')

const post = (message: WorkerMessage) => port.postMessage(message)
const data = workerData as CoreWorkerData

let core: Core | null = null
let stopWatching: () => void = () => undefined
try {
  core = openCore(data)
  if (!data.readOnly) {
    const db = core.db
    stopWatching = watchForOutsideChanges(
      () => db.pragma('data_version', { simple: true }) as number,
      () => post({ type: 'change', change: { type: 'changed', scope: 'everything' } }),
      data.changePollMs,
    )
  }
  post({ type: 'ready' })
} catch (error) {
  // An expected failure keeps its words; anything else is logged with its stack under the id the person reads.
  const { dataDir } = workerData as CoreWorkerData
  post({ type: 'open-failed', error: toFail(error, { channel: 'opening the journal', reportUnexpected: createErrorLog(dataDir) }).error })
  port.close()
}

port.on('message', (message: HostMessage) => {
  if (!core) return
  if (message.type === 'invoke') {
    const { id, channel, input, origin } = message
    void core.invoke(channel, input).then((result) => {
      post({ type: 'result', id, result })
      if (result.ok && !data.readOnly && !isReadOnly(channel)) post({ type: 'change', change: changeOf(channel, origin) })
    })
  } else if (message.type === 'close') {
    stopWatching()
    core.close()
    core = null
    post({ type: 'closed' })
    port.close()
  }
})
