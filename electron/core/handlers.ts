import type { Handlers } from '../../shared/contract'
import type { CoreContext } from './context'
import { appHandlers } from './services/app'
import { backupsHandlers, journalHealthHandlers, withBackupBefore } from './services/backups'
import { debriefsHandlers, prebriefsHandlers } from './services/briefs'
import { callsHandlers } from './services/calls'
import { demoHandlers } from './services/demoUnavailable'
import { exportsHandlers, importsHandlers, journalHandlers } from './services/exchange'
import { insightsHandlers } from './services/insights'
import { firstRunHandlers } from './services/firstRun'
import { homeHandlers, repCoachingHandlers } from './services/overview'
import { printHandlers } from './services/print'
import { remindersHandlers } from './services/reminders'
import { repsHandlers } from './services/reps'
import { searchHandlers } from './services/search'
import { securityHandlers } from './services/security'
import { sessionsHandlers } from './services/sessions'
import { settingsHandlers } from './services/settings'
import { skillsHandlers } from './services/skills'

/** The contract's operations, one namespace per line: a new namespace is one more line here. */
export function createHandlers(ctx: CoreContext): Handlers {
  const journal = journalHandlers(ctx)
  const imports = importsHandlers(ctx)
  return {
    app: appHandlers(ctx),
    reps: { ...repsHandlers(ctx), ...repCoachingHandlers(ctx) },
    calls: callsHandlers(ctx),
    prebriefs: prebriefsHandlers(ctx),
    debriefs: debriefsHandlers(ctx),
    sessions: sessionsHandlers(ctx),
    skills: skillsHandlers(ctx),
    reminders: remindersHandlers(ctx),
    settings: settingsHandlers(ctx),
    // Every import is guarded by a backup taken just before it (docs/backups.md); the journal
    // file's import takes its own, and only when it will write (services/exchange/journal.ts).
    journal: { ...journal, ...journalHealthHandlers() },
    backups: backupsHandlers(ctx),
    exports: exportsHandlers(ctx),
    imports: {
      ...imports,
      csvApply: withBackupBefore(ctx, imports.csvApply),
      icsApply: withBackupBefore(ctx, imports.icsApply),
    },
    search: searchHandlers(ctx),
    home: homeHandlers(ctx),
    insights: insightsHandlers(ctx),
    print: printHandlers(ctx),
    security: securityHandlers(ctx),
    firstRun: firstRunHandlers(ctx),
    demo: demoHandlers(),
  }
}
