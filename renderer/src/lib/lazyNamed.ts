import { lazy, type ComponentType, type LazyExoticComponent } from 'react'

/**
 * `React.lazy` for a module's named export: the component's code (and what only it needs, such
 * as the charts or the editor) loads the first time it is shown, in a chunk of its own.
 *
 *   const InsightsPage = lazyNamed(() => import('../features/insights/InsightsPage'), 'InsightsPage')
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- React's own bound for lazy(): any props
export function lazyNamed<M extends Record<K, ComponentType<any>>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
): LazyExoticComponent<M[K]> {
  return lazy(async () => ({ default: (await load())[name] }))
}
