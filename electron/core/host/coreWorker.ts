import { parentPort, workerData } from 'node:worker_threads'
import { toFail } from '../../../shared/dispatch'
import { createErrorLog } from '../errorLog'
import { openCore, type Core } from '../journal'
import type { CoreWorkerData, HostMessage, WorkerMessage } from './protocol'

/**
 * The core's own thread (built as out/main/coreWorker.js). It owns the journal's one connection
 * and answers the host's calls one after another; nothing it does, however slow, can hold up a
 * window or the browser-mode server. See electron/core/host/coreHost.ts for the other side.
 */
const port = parentPort
if (!port) throw new Error('coreWorker.js runs as a worker thread started by the core host')

const post = (message: WorkerMessage) => port.postMessage(message)

let core: Core | null = null
try {
  core = openCore(workerData as CoreWorkerData)
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
    void core.invoke(message.channel, message.input).then((result) => post({ type: 'result', id: message.id, result }))
  } else if (message.type === 'close') {
    core.close()
    core = null
    post({ type: 'closed' })
    port.close()
  }
})
