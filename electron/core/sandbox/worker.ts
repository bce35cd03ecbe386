import { parentPort } from 'node:worker_threads'
import { AppFailure } from '../../../shared/result'
import type { ParseJob } from './jobs'
import { runParseJob } from './runParseJob'
import type { WorkerAnswer } from './messages'

/**
 * The file sandbox's worker (built to out/main/parseWorker.js, an entry of its own in
 * electron.vite.config.ts): reads one file, answers once, and is then terminated by the sandbox.
 * Anything it throws is answered as data, so the sandbox can tell the file's fault (an
 * AppFailure) from a defect (anything else, logged with its stack).
 */
const port = parentPort
if (!port) throw new Error('parseWorker.js runs only as a worker of the file sandbox')

port.once('message', (job: ParseJob) => {
  let answer: WorkerAnswer
  try {
    answer = { ok: true, value: runParseJob(job) }
  } catch (error) {
    answer =
      error instanceof AppFailure
        ? { ok: false, failure: { code: error.code, message: error.message, issues: error.issues } }
        : {
            ok: false,
            unexpected: {
              name: error instanceof Error ? error.name : 'Error',
              message: error instanceof Error ? error.message : String(error),
              stack: error instanceof Error ? (error.stack ?? '') : '',
            },
          }
  }
  port.postMessage(answer)
})
