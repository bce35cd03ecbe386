import type { Channel } from './contract'

/**
 * Every channel name, spelled out so the sandboxed preload can allow exactly these without
 * bundling zod and the schemas. The type below fails to compile when the contract gains an
 * operation that is not listed here.
 */
export const CHANNEL_NAMES = [
  'app.info',
  'reps.list',
  'reps.get',
  'reps.create',
  'reps.update',
  'reps.merge',
  'reps.delete',
  'reps.overview',
  'reps.nextSkillFocus',
  'calls.list',
  'calls.get',
  'calls.create',
  'calls.update',
  'calls.delete',
  'prebriefs.save',
  'prebriefs.delete',
  'debriefs.save',
  'debriefs.delete',
  'sessions.list',
  'sessions.create',
  'sessions.update',
  'sessions.delete',
  'skills.list',
  'skills.update',
  'settings.get',
  'settings.update',
  'journal.export',
  'journal.exportFile',
  'journal.previewImport',
  'journal.import',
  'journal.status',
  'journal.salvage',
  'backups.list',
  'backups.create',
  'backups.restore',
  'exports.callsCsv',
  'exports.metricsCsv',
  'imports.csvPreview',
  'imports.csvApply',
  'imports.icsPreview',
  'imports.icsApply',
  'imports.listMappings',
  'imports.saveMapping',
  'imports.deleteMapping',
  'search.query',
  'home.summary',
  'insights.metrics',
  'insights.charts',
  'insights.crutchCalls',
  'insights.sidewalkLessons',
  'insights.span',
  'firstRun.status',
  'firstRun.dismiss',
  'demo.status',
  'demo.open',
  'demo.close',
  'demo.remove',
  'print.debriefSheet',
  'print.repSheet',
  'print.report',
  'security.status',
  'security.unlock',
  'security.lock',
  'security.enable',
  'security.disable',
  'security.changePassphrase',
  'security.setIdleLock',
] as const satisfies readonly Channel[]

type Unlisted = Exclude<Channel, (typeof CHANNEL_NAMES)[number]>
/** Compile-time guard: `true` only when no contract channel is missing from the list above. */
export const CHANNEL_LIST_IS_COMPLETE: [Unlisted] extends [never] ? true : Unlisted = true

/** IPC channel names are namespaced so nothing else on ipcMain can collide with them. */
export const IPC_PREFIX = 'coachbook:'
