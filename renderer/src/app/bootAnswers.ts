import type { Query } from '@tanstack/react-query'
import { useSyncExternalStore } from 'react'
import { forgetSentAhead } from '../api/sentCalls'

/*
 * The reads started at boot (app/firstScreen.ts). A screen drawing their answers while the first
 * screen is still opening is no reason to read them again: with `staleTime: 0` every hook
 * mounting after its answer had come would otherwise send the same read a second time, and the
 * first screen would wait for it.
 */
const bootQueries = new Set<Query>()

/** Marks a query as read at boot: its first answer counts as fresh until the first screen is ready. */
export function markBootQuery(query: Query): void {
  bootQueries.add(query)
}

/**
 * The cache's `refetchOnMount`: false only for a query read at boot whose answer is still that
 * first one (`dataUpdateCount` 1), while the first screen opens; true otherwise, as for any read.
 */
export function refetchOnMount(query: Query): boolean {
  return !(bootQueries.has(query) && query.state.dataUpdateCount === 1)
}

let firstScreenEnded = false
const endListeners = new Set<() => void>()

/** The first screen is ready (app/useAppReady.ts): from now on a screen reads afresh when drawn, as before. */
export function endFirstScreen(): void {
  bootQueries.clear()
  forgetSentAhead()
  if (firstScreenEnded) return
  firstScreenEnded = true
  for (const listener of [...endListeners]) listener()
}

function onFirstScreenEnd(listener: () => void): () => void {
  endListeners.add(listener)
  return () => endListeners.delete(listener)
}

/**
 * Whether the page's first screen has been ready: what the frame reads after it (the reminders'
 * count) waits for that, so the first screen never waits for it. Once true, true for the page's life.
 */
export function useFirstScreenEnded(): boolean {
  return useSyncExternalStore(onFirstScreenEnd, () => firstScreenEnded)
}
