import path from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { SCHEMA_VERSION } from '../../../../../electron/core/db/migrations'
import { invoke, openTempCore, type TempCore } from '../../../../helpers/tempJournal'

let temp: TempCore | undefined
afterEach(() => temp?.cleanup())

it('app.info names the app, its version and schema, where the journal is and which face opened it', async () => {
  temp = openTempCore({ face: 'browser', appVersion: '1.2.3' })
  expect(await invoke(temp.core, 'app.info', {})).toEqual({
    name: 'Coachbook',
    version: '1.2.3',
    schemaVersion: SCHEMA_VERSION,
    dataDir: temp.dataDir,
    databasePath: path.join(temp.dataDir, 'coachbook.db'),
    backupsDir: path.join(temp.dataDir, 'backups'),
    face: 'browser',
  })
})
