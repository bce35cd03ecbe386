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

/** A lazy screen that can also be asked to start loading before it is first shown. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- React's own bound for lazy(): any props
export type PreloadableComponent<C extends ComponentType<any>> = LazyExoticComponent<C> & {
  /** Starts loading the screen's code (once; later calls share the load); never rejects. */
  preload: () => Promise<void>
}

/**
 * `React.lazy` for a module's named export: the component's code (and what only it needs, such
 * as the charts or the editor) loads the first time it is shown, in a chunk of its own — or
 * earlier, from `preload()`: at boot for the screen in the address (app/firstScreen.ts), when a
 * link to it is pointed at or focused, or when the page is idle. Both share one load, so a
 * preloaded screen is drawn without waiting for its code.
 *
 *   const InsightsPage = lazyNamed(() => import('../features/insights/InsightsPage'), 'InsightsPage')
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- React's own bound for lazy(): any props
export function lazyNamed<M extends Record<K, ComponentType<any>>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
): PreloadableComponent<M[K]> {
  let loading: Promise<{ default: M[K] }> | undefined
  const loadOnce = () =>
    (loading ??= load().then(
      (module) => ({ default: module[name] }),
      (error: unknown) => {
        throw new ScreenLoadError(error)
      },
    ))
  const component = lazy(loadOnce) as PreloadableComponent<M[K]>
  component.preload = () =>
    loadOnce().then(
      () => undefined,
      // The failure stays in `loading`: the screen, once shown, reports it (app/ErrorBoundary.tsx).
      () => undefined,
    )
  return component
}
