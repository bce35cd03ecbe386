import { Worker } from 'node:worker_threads'
import path from 'node:path'
import { AppFailure, type AppError } from '../../../shared/result'

/**
 * Turning encryption on or off in a thread of its own (conversionWorker.ts), so the core host —
 * which runs on the face's own thread — only waits for the answer and keeps relaying.
 */
export type ConversionTask =
  | { kind: 'enable'; dataDir: string; passphrase: string }
  | { kind: 'disable'; dataDir: string; dataKey: Uint8Array }

export type ConversionReply =
  | { ok: true; dataKey: Uint8Array | null; recoveryKey: string | null }
  | { ok: false; error: AppError }

/** The built conversion worker, beside the core's worker (both in out/main). */
export function conversionWorkerFile(coreWorkerFile: string): string {
  return path.join(path.dirname(coreWorkerFile), 'conversionWorker.js')
}

export function runConversion(workerFile: string, task: ConversionTask): Promise<{ dataKey: Uint8Array | null; recoveryKey: string | null }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, { workerData: task, name: `coachbook-encryption-${task.kind}` })
    let answered = false
    worker.once('message', (reply: ConversionReply) => {
      answered = true
      if (reply.ok) resolve({ dataKey: reply.dataKey, recoveryKey: reply.recoveryKey })
      else reject(new AppFailure(reply.error.code, reply.error.message, reply.error.issues))
    })
    worker.once('error', (error) => {
      answered = true
      reject(new AppFailure('IO_FAILURE', `The journal could not be rewritten; nothing was changed (${error.message})`))
    })
    worker.once('exit', (code) => {
      if (!answered) reject(new AppFailure('IO_FAILURE', `The journal could not be rewritten: its thread ended with code ${code}`))
    })
  })
}
