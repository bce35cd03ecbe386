import type { Handlers } from '../../../shared/contract'
import type { CoreContext } from '../context'

export function appHandlers(ctx: CoreContext): Handlers['app'] {
  return {
    info: () => ({ ...ctx.info }),
  }
}
