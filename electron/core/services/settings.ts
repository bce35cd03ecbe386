import type { Handlers } from '../../../shared/contract'
import type { CoreContext } from '../context'
import { applyPatch } from './patch'

export function settingsHandlers(ctx: CoreContext): Handlers['settings'] {
  return {
    get: () => ctx.repos.settings.get(),
    update: (changes) =>
      ctx.write(() => {
        ctx.repos.settings.save(applyPatch(ctx.repos.settings.get(), changes), ctx.now())
        return ctx.repos.settings.get()
      }),
  }
}
