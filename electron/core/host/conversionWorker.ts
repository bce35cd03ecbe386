import { parentPort, workerData } from 'node:worker_threads'
import { toFail } from '../../../shared/dispatch'
import { turnOffEncryption, turnOnEncryption } from '../encryption/journalEncryption'
import type { ConversionReply, ConversionTask } from './conversion'

/**
 * A thread of its own for rewriting the journal when encryption is turned on or off (built as
 * out/main/conversionWorker.js beside coreWorker.js): the rewrite reads and writes every page of
 * the journal and its backups synchronously, which must never happen on the face's thread — in
 * the desktop app that is Electron's main process, which would stop answering every window.
 * One task per thread; it answers once and ends.
 */
const port = parentPort
if (!port) throw new Error('conversionWorker.js runs as a worker thread started by the core host')
const task = workerData as ConversionTask

async function run(): Promise<ConversionReply> {
  try {
    if (task.kind === 'enable') {
      const { dataKey, recoveryKey } = await turnOnEncryption(task.dataDir, task.passphrase)
      return { ok: true, dataKey: new Uint8Array(dataKey), recoveryKey }
    }
    turnOffEncryption(task.dataDir, task.dataKey)
    return { ok: true, dataKey: null, recoveryKey: null }
  } catch (error) {
    return { ok: false, error: toFail(error, { channel: `security.${task.kind}` }).error }
  }
}

void run().then((reply) => {
  port.postMessage(reply)
  port.close()
})
