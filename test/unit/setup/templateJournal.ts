import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { openCore } from '../../../electron/core'
import { databasePath } from '../../../electron/core/paths'
import { fileReader } from '../../../electron/core/sandbox'
import { runParseJob } from '../../../electron/core/sandbox/runParseJob'

/**
 * Global setup of the projects that open journals: one empty journal, created and migrated for
 * real once per run, which `openTempCore` copies instead of migrating a new one for every test
 * (`inject('templateJournal')`). Migrating costs ~16 ms of CPU a journal, and the unit tests open
 * hundreds. The migrations themselves are tested on journals they really migrate
 * (test/unit/electron/core/db/migrations.test.ts and the tests that create a journal themselves).
 */
export default function setup(project: TestProject): () => void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coachbook-template-'))
  // The same options as openTempCore's; an empty journal never reads a file.
  const core = openCore({ dataDir: dir, face: 'cli', appVersion: '0.0.0-test', fileReader: fileReader((job) => Promise.resolve().then(() => runParseJob(job))) })
  core.close()
  const file = databasePath(dir)
  // Closing folds the WAL into the file and removes it: the journal is that one file.
  if (fs.existsSync(`${file}-wal`)) throw new Error(`The template journal kept its WAL: ${file}-wal`)
  project.provide('templateJournal', file)
  return () => fs.rmSync(dir, { recursive: true, force: true })
}

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- augmenting vitest's interface needs an interface
  export interface ProvidedContext {
    templateJournal: string
  }
}
