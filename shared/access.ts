import type { Channel } from './contract'

/**
 * Which operations only read the journal. The core host answers these on a read-only connection
 * in a thread of their own, so a long write (an import) never holds up a screen that only reads,
 * and a read can never write (the connection refuses). Every operation must be listed: adding one
 * to the contract does not compile until it is classified here.
 */
export const CHANNEL_ACCESS = {
  'app.info': 'read',
  'reps.list': 'read',
  'reps.get': 'read',
  'reps.create': 'write',
  'reps.update': 'write',
  'reps.merge': 'write',
  'reps.delete': 'write',
  'reps.overview': 'read',
  'reps.nextSkillFocus': 'read',
  'calls.list': 'read',
  'calls.get': 'read',
  'calls.create': 'write',
  'calls.update': 'write',
  'calls.delete': 'write',
  'prebriefs.save': 'write',
  'prebriefs.delete': 'write',
  'debriefs.save': 'write',
  'debriefs.delete': 'write',
  'sessions.list': 'read',
  'sessions.create': 'write',
  'sessions.update': 'write',
  'sessions.delete': 'write',
  'skills.list': 'read',
  'skills.update': 'write',
  'reminders.list': 'read',
  // Remembers what it announced, so a reminder is notified once.
  'reminders.takeNew': 'write',
  'reminders.settings': 'read',
  'reminders.updateSettings': 'write',
  'settings.get': 'read',
  'settings.update': 'write',
  'journal.export': 'read',
  'journal.exportFile': 'read',
  'journal.previewImport': 'read',
  'journal.import': 'write',
  'journal.status': 'read',
  'journal.salvage': 'write',
  'backups.list': 'read',
  // Writes a file and prunes old ones: one at a time, in the writer's order with restores.
  'backups.create': 'write',
  'backups.restore': 'write',
  'exports.callsCsv': 'read',
  'exports.metricsCsv': 'read',
  'imports.csvPreview': 'read',
  'imports.csvApply': 'write',
  'imports.icsPreview': 'read',
  'imports.icsApply': 'write',
  'imports.listMappings': 'read',
  'imports.saveMapping': 'write',
  'imports.deleteMapping': 'write',
  'search.query': 'read',
  'home.summary': 'read',
  'insights.metrics': 'read',
  'insights.charts': 'read',
  'insights.crutchCalls': 'read',
  'insights.sidewalkLessons': 'read',
  'insights.span': 'read',
  'firstRun.status': 'read',
  'firstRun.dismiss': 'write',
  // Answered by the face's journal switch, never by a core thread; classified to keep the list whole.
  'demo.status': 'read',
  'demo.open': 'write',
  'demo.close': 'write',
  'demo.remove': 'write',
  'print.debriefSheet': 'read',
  'print.repSheet': 'read',
  'print.report': 'read',
  // Answered by the core host itself, never by a thread (electron/core/host/security.ts).
  'security.status': 'read',
  'security.unlock': 'write',
  'security.lock': 'write',
  'security.enable': 'write',
  'security.disable': 'write',
  'security.changePassphrase': 'write',
  'security.setIdleLock': 'write',
} as const satisfies Record<Channel, 'read' | 'write'>

/** True for a known operation that only reads; unknown names go the writer's way (and fail there). */
export function isReadOnly(channel: string): boolean {
  return (CHANNEL_ACCESS as Record<string, 'read' | 'write' | undefined>)[channel] === 'read'
}
