import { lazy, type ComponentType, type LazyExoticComponent } from 'react'

/**
 * A screen's code could not be loaded: the server has stopped, or Coachbook was rebuilt and the
 * page still names the old files. Only reloading the page helps (React keeps a failed lazy load
 * failed), so the error boundary offers exactly that (app/ErrorBoundary.tsx).
 */
export class ScreenLoadError extends Error {
  constructor(cause: unknown) {
    super('This part of Coachbook could not be loaded', { cause })
    this.name = 'ScreenLoadError'
  }
}

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
  return lazy(async () => {
    let module: M
    try {
      module = await load()
    } catch (error) {
      throw new ScreenLoadError(error)
    }
    return { default: module[name] }
  })
}
