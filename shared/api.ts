import type { InputOf, Method, Namespace, OutputOf } from './contract'
import type { Result } from './result'

/**
 * The journal as a client sees it: `api.reps.create({ name })` answers a Result. The preload
 * exposes exactly this as `window.coachbook`; browser mode builds the same shape over HTTP.
 */
export type Api = {
  [N in Namespace]: {
    [M in Method<N>]: (input: InputOf<N, M>) => Promise<Result<OutputOf<N, M>>>
  }
}
