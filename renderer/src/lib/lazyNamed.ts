import { createElement, lazy, type ComponentProps, type ComponentType, type FunctionComponent } from 'react'

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
export type PreloadableComponent<C extends ComponentType<any>> = FunctionComponent<ComponentProps<C>> & {
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
  let loaded: M[K] | undefined
  const loadOnce = () =>
    (loading ??= load().then(
      (module) => {
        loaded = module[name]
        return { default: module[name] }
      },
      (error: unknown) => {
        throw new ScreenLoadError(error)
      },
    ))
  const Lazy = lazy(loadOnce)
  // Once its code is here, the screen is drawn at once. Through React.lazy alone, a screen drawn
  // for the first time suspended for a moment even when its code had loaded, and React 19 holds
  // back content that follows a fallback until 300 ms after the fallback was shown (its
  // FALLBACK_THROTTLE_MS): the all-time report waited ~190-300 ms, idle, before it was drawn
  // (docs/performance.md, "Stop 24"). `loaded` is set before React hears the load has ended.
  const screen = ((props: ComponentProps<M[K]>) => createElement(loaded ?? Lazy, props)) as PreloadableComponent<M[K]>
  screen.displayName = `Screen(${name})`
  screen.preload = () =>
    loadOnce().then(
      () => undefined,
      // The failure stays in `loading`: the screen, once shown, reports it (app/ErrorBoundary.tsx).
      () => undefined,
    )
  return screen
}
