import type { Command } from 'commander'
import type { CliContext } from '../context'
import { registerBackup } from './backup'
import { registerBackups } from './backups'
import { registerCheck } from './check'
import { registerEncrypt } from './encrypt'
import { registerExport } from './export'
import { registerImport } from './import'
import { registerInfo } from './info'
import { registerMetrics } from './metrics'
import { registerReminders } from './reminders'
import { registerRestore } from './restore'
import { registerSalvage } from './salvage'
import { registerSeed } from './seed'
import { registerServe } from './serve'

/**
 * Every `coachbook` command, one file each. To add one (metrics, seed…), write
 * `commands/<name>.ts` exporting `register<Name>(program, ctx)` and list it here.
 */
export type RegisterCommand = (program: Command, ctx: CliContext) => void

export const COMMANDS: readonly RegisterCommand[] = [
  registerServe,
  registerImport,
  registerExport,
  registerCheck,
  registerBackup,
  registerBackups,
  registerRestore,
  registerSalvage,
  registerInfo,
  registerMetrics,
  registerReminders,
  registerSeed,
  registerEncrypt,
]
