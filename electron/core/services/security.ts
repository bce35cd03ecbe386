import type { Handlers } from '../../../shared/contract'
import { AppFailure } from '../../../shared/result'
import type { CoreContext } from '../context'

/**
 * `security.*` in a journal's own thread. The key and the lock belong to the core host
 * (electron/core/host/journalLock.ts), which answers these itself and never forwards them; a
 * journal opened directly (the CLI's one-shot commands, tests) is already open with its key, so
 * only the status makes sense here. The CLI changes encryption with `coachbook encrypt`/`decrypt`.
 */
export function securityHandlers(ctx: CoreContext): Handlers['security'] {
  const hostOnly = (): never => {
    throw new AppFailure('CONFLICT', 'Encryption and the lock are changed in the app (Settings → Privacy) or with coachbook encrypt / decrypt')
  }
  return {
    status: () => ({ encrypted: ctx.encrypted, locked: false, idleLockMinutes: null, keyFileMissing: false }),
    unlock: hostOnly,
    lock: hostOnly,
    enable: hostOnly,
    disable: hostOnly,
    changePassphrase: hostOnly,
    setIdleLock: hostOnly,
  }
}
