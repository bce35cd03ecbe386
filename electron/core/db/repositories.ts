import type Database from 'better-sqlite3-multiple-ciphers'
import { createBriefsRepository } from './briefs'
import { createCallsRepository } from './calls'
import { createRepsRepository } from './reps'
import { createSessionsRepository } from './sessions'
import { createSettingsRepository } from './settings'
import { createSkillsRepository } from './skills'

/** Every table group's repository, prepared once on the one connection. */
export function createRepositories(db: Database.Database) {
  return {
    reps: createRepsRepository(db),
    calls: createCallsRepository(db),
    briefs: createBriefsRepository(db),
    sessions: createSessionsRepository(db),
    settings: createSettingsRepository(db),
    skills: createSkillsRepository(db),
  }
}
export type Repositories = ReturnType<typeof createRepositories>
