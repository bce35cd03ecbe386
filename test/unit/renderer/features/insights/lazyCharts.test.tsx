import '../../helpers/cleanup'
import { act, render, screen } from '@testing-library/react'
import { Suspense } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { RescueRateChart } from '../../../../../renderer/src/features/insights/lazyCharts'

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('the Insights screen’s chart drawings', () => {
  it('load once the page is idle, not while it is still drawing its figures', async () => {
    const idle: Array<() => void> = []
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback))
    // The library is already in memory (as when loading it is quick), so only the wait for idle holds the drawing back.
    await import('../../../../../renderer/src/features/insights/charts')
    render(
      <Suspense fallback={<p>its place</p>}>
        <RescueRateChart data={[]} />
      </Suspense>,
    )
    await act(() => new Promise((resolve) => setTimeout(resolve, 30)))
    expect(screen.getByText('its place')).toBeTruthy()
    expect(idle).toHaveLength(1)

    act(() => idle[0]?.())
    expect(await screen.findByRole('figure', { name: 'Rescue rate over time' })).toBeTruthy()
    expect(screen.queryByText('its place')).toBeNull()
  })
})
