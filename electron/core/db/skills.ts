import type Database from 'better-sqlite3-multiple-ciphers'
import type { SkillStatus } from '../../../shared/domain'
import type { SkillRecord } from '../../../shared/entities'
import { skillKey } from '../../../shared/skills'

type SkillRow = {
  id: string
  rep_id: string
  skill: string
  target_reps: number | null
  status: SkillStatus
  status_on: string | null
  updated_at: string
}

const COLUMNS = 'id, rep_id, skill, target_reps, status, status_on, updated_at'

function skillFromRow(row: SkillRow): SkillRecord {
  return {
    id: row.id,
    repId: row.rep_id,
    skill: row.skill,
    targetReps: row.target_reps,
    status: row.status,
    statusOn: row.status_on,
    updatedAt: row.updated_at,
  }
}

/**
 * The manager's decisions about skills to drill (migration 0007). A rep has few, so they are
 * matched to a skill's words in code (`skillKey`), never by a key SQL would have to compute alike.
 */
export function createSkillsRepository(db: Database.Database) {
  const forRep = db.prepare<[string], SkillRow>(`SELECT ${COLUMNS} FROM skills WHERE rep_id = ? ORDER BY created_at, id`)
  const byId = db.prepare<[string], SkillRow>(`SELECT ${COLUMNS} FROM skills WHERE id = ?`)
  const all = db.prepare<[], SkillRow>(`SELECT ${COLUMNS} FROM skills ORDER BY rep_id, created_at, id`)
  const upsert = db.prepare(
    `INSERT INTO skills (id, rep_id, skill, target_reps, status, status_on, created_at, updated_at)
     VALUES (@id, @repId, @skill, @targetReps, @status, @statusOn, @at, @at)
     ON CONFLICT (id) DO UPDATE SET rep_id = excluded.rep_id, skill = excluded.skill, target_reps = excluded.target_reps,
       status = excluded.status, status_on = excluded.status_on, updated_at = excluded.updated_at`,
  )
  const remove = db.prepare<[string]>('DELETE FROM skills WHERE id = ?')

  const list = (repId: string) => forRep.all(repId).map(skillFromRow)
  const find = (repId: string, skill: string) => {
    const key = skillKey(skill)
    return list(repId).find((record) => skillKey(record.skill) === key)
  }

  return {
    forRep: list,
    /** The rep's record for a skill, whatever its case and spacing. */
    find,
    get(id: string): SkillRecord | undefined {
      const row = byId.get(id)
      return row && skillFromRow(row)
    },
    all(): SkillRecord[] {
      return all.all().map(skillFromRow)
    },
    save(record: Omit<SkillRecord, 'updatedAt'>, at: string): void {
      upsert.run({ ...record, at })
    },
    delete(id: string): void {
      remove.run(id)
    },
    /**
     * Moves one rep's decisions to another (a merge of a rep entered twice). Where both have decided
     * about the same skill, the rep kept keeps theirs, as with their own details.
     */
    moveToRep(from: string, into: string, at: string): void {
      const kept = new Set(list(into).map((record) => skillKey(record.skill)))
      for (const record of list(from)) {
        if (kept.has(skillKey(record.skill))) remove.run(record.id)
        else upsert.run({ ...record, repId: into, at })
      }
    },
  }
}
export type SkillsRepository = ReturnType<typeof createSkillsRepository>
