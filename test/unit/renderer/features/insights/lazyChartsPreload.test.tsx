import '../../helpers/cleanup'
import { render, screen } from '@testing-library/react'
import { Suspense } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { preloadChartDrawings, RoleMixChart } from '../../../../../renderer/src/features/insights/lazyCharts'

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('the Insights chart drawings, loaded ahead from another screen', () => {
  it('are drawn in the first render, with no place held for them', async () => {
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => setTimeout(callback, 0))
    await preloadChartDrawings()
    render(
      <Suspense fallback={<p>its place</p>}>
        <RoleMixChart data={[]} />
      </Suspense>,
    )
    expect(screen.queryByText('its place')).toBeNull()
    expect(screen.getByRole('figure', { name: 'Role mix over time' })).toBeTruthy()
  })
})
