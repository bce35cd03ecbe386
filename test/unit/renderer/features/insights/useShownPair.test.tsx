import '../../helpers/cleanup'
import { renderHook } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useShownPair } from '../../../../../renderer/src/features/insights/useInsights'

type Answer = { data: { id: string } | undefined; isPlaceholderData: boolean }
const fresh = (id: string): Answer => ({ data: { id }, isPlaceholderData: false })
const standIn = (id: string): Answer => ({ data: { id }, isPlaceholderData: true })
const notYet: Answer = { data: undefined, isPlaceholderData: false }

describe('useShownPair', () => {
  it('shows nothing until both answers are in, then the pair', () => {
    const { result, rerender } = renderHook((props: { a: Answer; b: Answer }) => useShownPair(props.a, props.b), {
      initialProps: { a: fresh('m1'), b: notYet },
    })
    expect(result.current).toBeNull()
    rerender({ a: fresh('m1'), b: fresh('c1') })
    expect(result.current).toEqual({ first: { id: 'm1' }, second: { id: 'c1' } })
  })

  it('keeps the previous pair while the new period’s answers come in one by one, and never mixes them', () => {
    const m1 = fresh('m1')
    const c1 = fresh('c1')
    const { result, rerender } = renderHook((props: { a: Answer; b: Answer }) => useShownPair(props.a, props.b), {
      initialProps: { a: m1, b: c1 },
    })
    const first = result.current
    // The period changed: both answers are the old ones standing in.
    rerender({ a: standIn('m1'), b: standIn('c1') })
    expect(result.current).toBe(first)
    // The new metrics are in, the charts not yet.
    rerender({ a: fresh('m2'), b: standIn('c1') })
    expect(result.current).toBe(first)
    rerender({ a: fresh('m2'), b: fresh('c2') })
    expect(result.current).toEqual({ first: { id: 'm2' }, second: { id: 'c2' } })
  })

  it('answers the same pair object for the same answers, so the charts need not be drawn again', () => {
    const a = fresh('m1')
    const b = fresh('c1')
    const { result, rerender } = renderHook((props: { a: Answer; b: Answer }) => useShownPair(props.a, props.b), {
      initialProps: { a, b },
    })
    const first = result.current
    rerender({ a: { ...a }, b: { ...b } })
    expect(result.current).toBe(first)
  })
})
