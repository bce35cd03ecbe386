import fs from 'node:fs'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import { AppFailure } from '../../../shared/result'
import { FILE_KIND_NAMES, fileReader, type FileReader, type ParseJob } from './jobs'
import { limitsFor, type SandboxLimits } from './limits'
import type { WorkerAnswer } from './messages'

/**
 * The file sandbox: every file someone hands the journal (a journal file, a CSV, a calendar) is
 * read in a short-lived worker thread with a time limit and a memory ceiling, never on the thread
 * that serves the journal. Past a limit the worker is terminated (the only way to stop a parser
 * caught in a loop that never returns) and the user reads which limit the file broke; the journal
 * is untouched, since readers only read. The worker is an entry of its own in the build
 * (`parseWorker.js`, beside the built main), started from whichever thread runs the core: the
 * main thread in the CLI, the core's own thread in the app and browser mode.
 */
export const WORKER_FILE_NAME = 'parseWorker.js'

/** Where the build puts the worker: beside the built main (electron.vite.config.ts keeps every main chunk in one folder). */
export function defaultWorkerFile(): string {
  return path.join(import.meta.dirname, WORKER_FILE_NAME)
}

export type SandboxOptions = {
  workerFile?: string
  /** The limits for a job; by default `limitsFor`, which grows with the file. */
  limits?: (job: ParseJob) => SandboxLimits
  /** Files read at the same time; more wait their turn, so memory holds a bounded number of them. */
  maxWorkers?: number
}

export type Sandbox = { run(job: ParseJob): Promise<unknown> }

export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const workerFile = options.workerFile ?? defaultWorkerFile()
  const limits = options.limits ?? limitsFor
  const slots = createSlots(options.maxWorkers ?? 2)
  return {
    run: (job) => slots.take(() => runInWorker(workerFile, job, limits(job))),
  }
}

/** The sandbox as the core's FileReader. */
export function sandboxFileReader(options: SandboxOptions = {}): FileReader {
  const sandbox = createSandbox(options)
  return fileReader((job) => sandbox.run(job))
}

function runInWorker(workerFile: string, job: ParseJob, limits: SandboxLimits): Promise<unknown> {
  const kind = FILE_KIND_NAMES[job.kind]
  if (!fs.existsSync(workerFile)) {
    return Promise.reject(
      new AppFailure('IO_FAILURE', `Coachbook cannot read the ${kind}: its file reader (${workerFile}) is missing. Reinstall Coachbook.`),
    )
  }
  return new Promise((resolve, reject) => {
    let settled = false
    let timedOut = false
    const worker = new Worker(workerFile, {
      resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
      // The reader writes nothing; a stray line must not reach the CLI's stdout.
      stdout: true,
      stderr: true,
    })
    const settle = (outcome: () => void) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      outcome()
      void worker.terminate()
    }
    const timer = setTimeout(() => {
      timedOut = true
      settle(() => reject(new AppFailure('INVALID_INPUT', tooSlow(job, limits))))
    }, limits.timeMs)

    worker.once('message', (answer: WorkerAnswer) => {
      settle(() => {
        if (answer.ok) resolve(answer.value)
        else if ('failure' in answer) reject(new AppFailure(answer.failure.code, answer.failure.message, answer.failure.issues))
        else reject(Object.assign(new Error(`The ${kind} reader failed: ${answer.unexpected.message}`), { stack: answer.unexpected.stack }))
      })
    })
    worker.once('error', (error: Error & { code?: string }) => {
      settle(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new AppFailure('INVALID_INPUT', tooLarge(job, limits))
            : Object.assign(new Error(`The ${kind} reader stopped: ${error.message}`), { stack: error.stack }),
        ),
      )
    })
    worker.once('exit', (code) => {
      if (!timedOut) settle(() => reject(new Error(`The ${kind} reader exited (code ${code}) without an answer`)))
    })
    worker.stdout.resume()
    worker.stderr.resume()
    worker.postMessage(job)
  })
}

const HINTS: Record<ParseJob['kind'], string> = {
  journal: 'Check that it is a journal file exported by Coachbook.',
  csv: 'Check that it is a CSV file of calls.',
  ics: 'An event that repeats very often over many years, or by a rule that never comes true, does this: export a shorter range of dates.',
}

function tooSlow(job: ParseJob, limits: SandboxLimits): string {
  const seconds = Math.round(limits.timeMs / 1000)
  return `Reading this ${FILE_KIND_NAMES[job.kind]} took longer than ${seconds} seconds, so Coachbook stopped; nothing was imported or changed. ${HINTS[job.kind]}`
}

function tooLarge(job: ParseJob, limits: SandboxLimits): string {
  return `Reading this ${FILE_KIND_NAMES[job.kind]} needed more than ${limits.memoryMb.toLocaleString('en-US')} MB of memory, so Coachbook stopped; nothing was imported or changed. ${HINTS[job.kind]}`
}

/** At most `count` tasks at once; the rest wait in order. */
function createSlots(count: number): { take<T>(task: () => Promise<T>): Promise<T> } {
  let free = count
  const waiting: (() => void)[] = []
  const release = () => {
    const next = waiting.shift()
    if (next) next()
    else free++
  }
  return {
    async take(task) {
      if (free > 0) free--
      else await new Promise<void>((resolve) => waiting.push(resolve))
      try {
        return await task()
      } finally {
        release()
      }
    },
  }
}
